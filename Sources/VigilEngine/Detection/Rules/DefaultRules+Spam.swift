extension DefaultRules {
    /// Spam and commercial posts: self-promotion, engagement bait, scams and money-making
    /// offers, invitations to private chats, adverts with prices, donation requests. Links,
    /// shorteners and flooding are signals found by code (`signals:`).
    static let spamLists = """
      spam.self-promotion:
        category: spam
        kind: self-promotion
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "spam — self-promotion"
        label: "self-promotion"
        words: [
          "check out my", "check my", "checkout my", "check out our", "visit my", "watch my", "listen to my",
          "look at my", "have a look at my", "take a look at my", "come see my", "go see my", "go check out",
          "go to my", "view my", "see my channel", "subscribe to my", "subscribe to me", "subscribe my",
          "sub to my", "sub to me", "sub my", "sub me", "follow my", "follow me", "follow us",
          "share my", "support my", "support me", "promote my", "my channel", "my chanel", "my chanell",
          "my youtube", "my yt", "my new video", "my latest video", "my video", "my videos", "my vid",
          "my vids", "my new song", "my song", "my songs", "my music", "my mixtape", "my album", "my ep",
          "my cover", "my covers", "my remix", "my remixes", "my beats", "my band", "my vlog", "my vlogs",
          "my page", "my fan page", "my facebook page", "my website", "my site", "my blog", "my shop",
          "my store", "my instagram", "my insta", "my ig", "my soundcloud", "my twitch", "my stream",
          "my podcast", "my tiktok", "my profile", "my art", "my artwork", "my game", "my app",
          "my rap", "my parody", "my cover of", "our channel", "our new video", "our video", "our band",
          "our music", "our page", "our song", "new channel", "new youtuber", "small youtuber",
          "upcoming artist", "upcoming rapper", "aspiring singer", "aspiring artist", "my dream is to",
          "check me out", "check our", "see my", "look up my", "search for my", "search up my", "my playlist", "my track", "my tracks", "my new track", "my first video", "my gaming channel", "gaming channel", "new to youtube", "made a channel", "started a channel", "my own channel", "music producer", "i rap", "i make music", "i make videos", "i upload", "i post videos", "please vote", "vote for her", "vote for him", "vote for me", "vote daily", "help me reach", "help me get", "help me hit", "road to 1000", "road to 100", "subscribers"
        ]

      spam.engagement-bait:
        category: spam
        kind: engagement-bait
        severity: low
        action: delete
        clause: "cann-bridge §3.3"
        description: "spam — asks for likes, subscriptions or shares"
        label: "engagement bait"
        words: [
          "subscrib*", subscirbe, "sucscrib*", "subscrive*", subcribe, subscibe, "first subscriber", "take a look at this video", "take a look at my", "please subscribe", "plz subscribe", "pls subscribe", "plz sub",
          "pls sub", sub4sub, "sub 4 sub", "sub for sub", "subscribe back", "sub back", "subbed", "subbing",
          "like and subscribe", "hit subscribe", "hit the like", "smash that like", "like this comment",
          "like my comment", "like this post", "like if", "like this if", "thumbs up if", "thumb up if",
          "give me a like", "give this a like", "give it a like", "please like", "plz like", "pls like",
          "leave a like", "drop a like", "share this", "please share", "plz share", "spread the word",
          "make me famous", "make this famous", "make this the top comment", "make this comment",
          "get this to the top", "so people can see", "so everyone can see", "so more people see",
          "follow 4 follow", "follow for follow", "f4f", "l4l", "like 4 like", "like for like",
          "comment back", "check out this video", "check out this playlist", "check out this channel",
          "check this out", "check it out", "check out", "watch this video", "please watch", "plz watch",
          "pls watch", "please check", "plz check", "pls check", "please visit", "please help me",
          "please support", "i need subscribers", "need subscribers", "1000 subscribers", "100 subscribers",
          "gain subscribers", "get subscribers", "get followers", "free followers", "free likes",
          "buy followers", "buy likes", "buy subscribers", "more views", "free views", "free subscribers"
        ]

      spam.scam:
        category: spam
        kind: scam
        severity: high
        action: delete
        clause: "cann-bridge §3.3; heaton \\"Misuse of social media\\" (financial scams)"
        description: "spam — a scam, giveaway or money-making offer"
        label: "scam"
        words: [
          "free gift card*", "gift card code*", "giftcard code*", "free itunes", "free amazon", "free psn",
          "psn code*", "xbox live code*", "free robux", "robux", "free vbucks", "vbucks", "v bucks",
          "free iphone", "free ipad", "giveaway", "give away", "win a free", "you have won", "you've won",
          "you won a", "claim your prize", "claim your reward", "claim now", "claim it now", "click here",
          "click the link", "click link", "click this link", "click on the link", "link in bio",
          "link in my bio", "check my bio", "check bio", "in my bio", "dm me", "dm for", "inbox me",
          "pm me", "message me on whatsapp", "whatsapp me", "whatsapp", "telegram", "text me on",
          "contact me on", "add me on snap*", "earn money", "make money", "making money", "earn cash",
          "earn up to", "earning up to", "earn from home", "work from home", "working from home",
          "passive income", "financial freedom", "bitcoin*", "btc", "crypto*", "forex", "binary option*",
          "investment opportunity", "investment platform", "double your money", "get rich", "cash app",
          "cashapp", "paypal me", "hot singles", "dating site", "lose weight fast", "weight loss pill*",
          "diet pill*", "casino", "betting tips", "free money", "easy money", "100% free", "limited time offer",
          "act now", "hurry up and", "money online", "online income", "per day from", "a day from home",
          "earn extra", "extra income", "side hustle", "account manager", "trading account",
          "mining pool", "usdt", "ethereum", "nft giveaway", "airdrop", "wallet address", "send me money",
          "loan offer", "instant loan", "hacked account", "recover your account", "spell caster",
          "love spell", "free download", "download free", "cheap essay*", "essay writing service",
          "get paid", "surveys for money", "secret method", "this trick", "one weird trick"
        ]

      commercial.advert:
        category: commercial
        kind: advert
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "advertises commercial activity"
        label: "advert"
        words: [
          "for sale", "buy now", "order now", "shop now", "book now", "free delivery", "free shipping",
          "discount code", "promo code", "use code", "use my code", "coupon*", "voucher code*", "half price",
          "best prices", "best price", "lowest price*", "cheap price*", "wholesale", "dm for price*",
          "pm for price*", "message for price*", "dm to order", "dm for orders", "we sell", "i sell",
          "we are selling", "i am selling", "i'm selling", "im selling", "selling my", "visit our website",
          "visit our shop", "visit our store", "our website", "our online shop", "our store", "our shop",
          "our products", "our services", "small business", "business opportunity",
          "check out our", "follow our page", "like our page", "contact us for", "call us on", "call now",
          "order yours", "get yours", "grab yours", "available now", "in stock", "limited stock",
          "new collection", "special offer", "exclusive offer", "best deal*", "great deal*", "amazing deal*",
          "sale now on", "huge sale", "clearance sale", "hiring now", "we are hiring", "now hiring",
          "apply now", "sign up now", "register now", "free trial", "affiliate link", "referral code",
          "referral link", "my link", "sponsored"
        ]

      commercial.priced-offer:
        category: commercial
        kind: priced-offer
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "advertises commercial activity — an offer with a price"
        label: "priced offer"
        requires: [price]
        words: [
          only, just, each, per, price, prices, priced, sale, offer, offers, deal, deals, buy, selling, sell,
          sells, delivery, delivered, order, orders, cost, costs, cheap, cheaper, discount*, off, pay, paid,
          bargain*, postage, shipping, "brand new", "new in box", "good condition", collection, collect, ono,
          "or nearest offer", dm, pm, inbox
        ]

      commercial.donation:
        category: commercial
        kind: donation-request
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "asks for donations"
        label: "donation request"
        words: [
          donate, "please donate", "plz donate", "pls donate", "gofundme",
          "go fund me", "justgiving", "just giving", "fundraiser", "fundraising page", "sponsor me",
          "please sponsor", "sponsor my", "crowdfunding", "crowdfunder", "kickstarter", "indiegogo", "patreon",
          "buy me a coffee", "kofi", "ko fi", "tip jar", "raise money for", "raising money for",
          "help me raise", "help us raise", "any amount helps", "every penny helps", "every little helps"
        ]

    """
}
