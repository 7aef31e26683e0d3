extension DefaultRules {
    /// Abuse: profanity, insults, harassment, sexual content and identity-based abuse (racist,
    /// sexist, homophobic, transphobic, ableist, religious), which ranks above plain profanity.
    /// British and American forms, the common misspellings, and the usual vowel-dropped forms
    /// (btch, fck); leetspeak, look-alikes, spacing and masks are undone by the normaliser.
    static let abuseLists = """
      abuse.mild:
        category: abuse
        kind: mild-profanity
        severity: low
        action: hide
        clause: "cann-bridge §3.3"
        description: "abusive language — mild profanity"
        label: "mild profanity"
        words: [
          "crap*", "damn*", dammit, "goddamn*", "god damn*", "bugger*", "sod off", "sod it", "sodding",
          wtf, omfg, "bloody hell", "freakin", "frickin", "friggin", "effing", "screw you", "screw u",
          "pissed", "arse", "arses", "bum hole", "butthole*", "butt hole",
          "the hell", "as hell", "like hell", "hell no", "hell yes", "hell yeah", wth, freaking, fricking,
          frigging, butt, butts, bullcrap, "screw them", "screw him", "screw her", "screw that",
          "screw this", "screw off", "screw it", "what the hell", "hell of a", "bull crap", "to hell with",
          "going to hell", "straight to hell",
          "you're screwed", "youre screwed", "ur screwed", "we're screwed", "were screwed", "i'm screwed",
          "im screwed", "so screwed", "totally screwed", "get screwed", "got screwed", "screwed over",
          "bloody awful", "bloody useless", "bloody stupid"
        ]

      abuse.profanity:
        category: abuse
        kind: profanity
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "abusive language — profanity"
        label: profanity
        words: [
          "*fuck*", "fck*", "fcuk*", "fuk*", "fuq*", "fvck*", "phuck*", "phuk*", fk, fkn, fkin, fking, fkd,
          fukin, "fooking", "feck*", "muthafuck*", "mutha fuck*", "mofo*", stfu, gtfo, ffs, "f off", "f u",
          "shit*", "*shit", "bullshit*", "horseshit*", "dipshit*", "batshit", "*shits", "*shitting", "*shitter", "shite*", "shyt*", sht, shtty,
          "cunt*", "*cunt", "*cunts", cnts, "twat*", "wank*", "*wanker", "*wankers", wnkr, wnker, "tosser*",
          "bellend*", "bell end*", "knobhead*", "knob head*", "knobend*", "knob jockey",
          dick, dicks, "dickhead*", "dick head*", "dickwad*", "dickface*", "dick face", "dickless", dck,
          cock, cocks, "cocksuck*", "cock suck*", "cockhead*", prick, pricks, "prickface",
          "arsehole*", "arse hole*", "arsewipe*", "asshole*", "ass hole*", "asshat*", "asswipe*", "ass wipe*",
          ass, asses, azz, "jackass*", "dumbass*", "dumb ass*", "fatass*", "fat ass*", "smartass*", "kickass",
          "badass*", "lardass*", "bitchass*", "bitch ass*", "kiss my ass", "kiss my arse",
          "bollock*", bollox, "bastard*", "bitch*", "*bitch", "*bitches", btch, btches, biatch, "biotch*",
          "beyotch*", "son of a bitch", "sonofabitch*", "piss*", "pisshead*", "piss head*",
          "motherfucker*", "mother fucker*", "minge*", "munter*", "slapper*", "scrubber",
          "douche*", "jizz*", "jism", "spunk*", "shitstain*", "turd*", "numbnut*",
          "mfer*", "mfker*", "mthrfckr*", "*bastard", "*bastards"
        ]

      abuse.insult:
        category: abuse
        kind: insult
        severity: medium
        action: delete
        clause: "cann-bridge §3.3"
        description: "abusive language — an insult"
        label: insult
        words: [
          "idiot*", "moron*", "imbecil*", "cretin*", "dimwit*", "halfwit*", "half wit*", "nitwit*", "numpty*",
          "plonker*", "pillock*", "prat", "prats", "you git", "stupid git", "ugly git", "muppet", "you muppet",
          "loser*", "scum*", "lowlife*", "low life*", "dirtbag*", "scumbag*", "sleazebag*", "jerk", "jerks",
          "dumb", "dumber", "dumbest", "dumbo", "stupid", "stupidity", "stoopid", "stupidest", "brainless",
          "braindead", "brain dead", "pathetic", "worthless", "useless", "clown", "clowns", "buffoon*",
          "weirdo*", "freak", "freaks", "creep", "creeps", "pervert*", "perv", "pervs", "paedo*", "pedo*",
          "paedophile*", "pedophile*", "nonce*", "ugly", "fugly", "hideous", "disgusting",
          "liar", "liars", "hypocrite*", "traitor*", "lunatic*", "nutjob*", "nut job*", "nutcase*", "nutter*",
          "deranged", "demented", "maniac*", "bigot*", "racist", "racists",
          "fascist*", "commie*", "libtard*", "sheeple", "thug", "thugs",
          "crook*", "parasite*", "leech*", "vermin", "degenerate*",
          "garbage person", "piece of garbage", "piece of trash", "piece of work", "waste of space",
          "waste of oxygen", "waste of skin", "dipstick*", "chav*", "skank*", "tramp", "trollop*",
          "shut up", "ignorant", "hypocritical", "rapist", "rapists", "butthurt", "sucks", "suck", "suck it", "gfy", "coward", "cowards", "fool", "fools", "garbage", "brat", "brats", "crybaby", "cry baby", "narcissist*", "sociopath*", "psychopath*", "dishonest", "shameless", "no shame", "whiny", "shut the fuck up", "shut your mouth", "shut your face", "go to hell", "burn in hell",
          "rot in hell", "get lost", "piss off", "you suck", "u suck", "suck my", "eat shit", "eat a dick",
          "blow me", "bite me", "up yours", "get fucked", "go fuck yourself", "stfu", "nobody asked",
          "no one asked", "fat cow", "fat pig", "fatso*", "lardo*", "incompetent", "clueless",
          "cowards", "coward", "spineless", "gutless", "disgrace", "disgraceful", "shameful", "sick puppy",
          "stupid people", "dumb people", "idiocy", "moronic", "delusional",
          "shill", "shills", "simp", "simps", "cuck", "cucks", "incel*",
          "twit", "twits", "wet wipe",
          "dosser*", "scrounger*", "sponger*", "tart", "tarts", "harlot*",
          dork, dorks, "dweeb*", "twerp*", "nincompoop*", dunce, dunces, "simpleton*", "ignoramus*",
          "knuckle dragger*", "knuckledragger*", "mouth breather*", "sleazeball*", "slimeball*",
          "slime ball*", "old hag", "airhead*", "bonehead*", "meathead*", "blockhead*", "pinhead*",
          "knucklehead*", "fathead*", "doofus*", "grifter*", "con man", conman, "con artist*", "charlatan*",
          "fraudster*", "swindler*", "turncoat*", psycho, psychos, loony, looney, kook, kooks,
          kooky, "wacko*", "whacko*", "wackjob*", "whack job*", "wack job*", "nutbag*", "subhuman*",
          "sub human*", savages, "less than human", "not even human", "breed like rats",
          "breeding like rats", "demonrat*", "democrap*", "dumbocrat*", "demorat*", "rethuglican*",
          "repuglican*", "repugnican*", "trumptard*", "trumpanzee*", dotard, "libturd*", "leftard*",
          "lefttard*", "soyboy*", "soy boy*", magat, magats, "cuckservative*", "moonbat*", "wingnut*",
          "low iq", "pea brain*", "peabrain*", "bird brain*", "birdbrain*", facist, facists, "bozo*", wimp,
          wimps, wuss, wusses, wussy, "whiner*", "whinger*", "drama queen", "attention seeker*", yob, yobs,
          "yobbo*", thicko, "wazzock*", "twonk*", "minger*", "shame on you",
          "shame on him", "shame on her", "shame on them", "shame on these", "shame on those",
          "get a life", "get a brain", "grow a brain", "get a clue",
          "drop dead", "cry more", "take a hike", "get stuffed", "naff off", "shut ur mouth",
          "shut your trap", "shut your gob", "shut ya mouth", "shut the hell up", "shut the f up",
          "who asked you", "sick in the head", "sick minded", "sick freak*", "sick individual", "is filth", "are filth",
          "femanazi*", crybabies, "cry babies", "trumpkin*", "trumpster*", rinos, clownish, "lying sack",
          "lying piece of", "lying liar*", lowlives, suckers,
          "dregs of society", "dregs of humanity", "scum of the earth", "lowest of the low", "excuse for a human",
          "sorry excuse for a man", "sorry excuse for a woman", "poor excuse for a man", "poor excuse for a woman",
          "human garbage", "human trash", "human filth"
        ]

      abuse.targeted-insult:
        category: abuse
        kind: insult
        severity: low
        action: hide
        clause: "cann-bridge §3.3"
        description: "abusive language — an insult aimed at someone"
        label: insult
        words: ["{at_someone} {insults}", "{at_person} {person_insults}", "{political} {group_insults}"]

      abuse.harassment:
        category: abuse
        kind: harassment
        severity: high
        action: delete
        clause: "cann-bridge §3.3"
        description: "abusive language — harassment"
        label: "harassment"
        words: [
          "kill yourself", "kill urself", "kill ur self", "kill your self", kys, "go die", "go and die",
          "neck yourself", "hang yourself", "hang urself", "drink bleach", "die in a fire", "hope you die",
          "hope u die", "you should die", "u should die", "you deserve to die", "nobody likes you",
          "no one likes you", "nobody likes u", "everyone hates you", "everybody hates you",
          "no one loves you", "nobody loves you", "you should be ashamed", "end yourself", "unalive yourself",
          "off yourself", "jump off a bridge", "slit your wrists", "you'll regret", "you will regret",
          "should be shot", "should be hanged", "should be hung", "should be lynched", "should be executed",
          "deserves to be shot", "needs to be shot", "needs a slap",
          "needs a good slap", "deserves a slap", "needs a punch", "needs a beating", "deserves a beating",
          "hope he dies", "hope she dies", "hope they die", "hope you rot", "wish you were dead",
          "wish he was dead", "wish she was dead", "wish they were dead", "string him up", "string them up",
          "string her up", "firing squad", "put a bullet in", "bullet in his head", "bullet in your head",
          "hope that he dies", "hope that she dies", "hope that they die", "hope that you die"
        ]

      abuse.sexual:
        category: abuse
        kind: sexual
        severity: medium
        action: delete
        clause: "cann-bridge §3.3; heaton \\"Misuse of social media\\""
        description: "unwelcome sexual content"
        label: "sexual term"
        words: [
          "porn*", "pr0n", "blowjob*", "blow job*", "handjob*", "hand job*", "rimjob*", "cumshot*", "cum",
          "cummies", "cumslut*", "dildo*", "horny", "horney", "boner*", "boobs", "boobies",
          "booby", "tits", "titties", "titty", "tittie*", "pussy", "pussies", "pussys", "puss", "vag",
          "penis*", "vagina*", "clit", "clits", "clitoris", "dick pic*", "nudes", "send nudes", "nude pics",
          "naked pics", "orgasm*", "masturbat*", "fap", "fapping", "milf*", "dilf*", "anal", "anus",
          "shag", "shagging", "shagged", "bang her", "bang him", "smash her", "deepthroat*", "deep throat*",
          "nipple*", "erection*", "ejaculat*", "sperm", "semen", "wet pussy", "sexting", "onlyfans",
          "only fans", "camgirl*", "xvideos", "pornhub", "xhamster", "hentai", "bdsm", "fetish*", "threesome*",
          "gangbang*", "gang bang*", "bukkake", "creampie*", "thick thighs", "sugar daddy", "sugar baby",
          "pound some", "pound that", "eat her out",
          "eat it out", "suck dick", "sucking dick", "suck cock", "sucks dick"
        ]

      abuse.sexist:
        category: abuse
        kind: sexist
        severity: high
        action: delete
        clause: "cann-bridge §3.3"
        description: "sexist abuse"
        label: "sexist slur"
        words: [
          "slut*", "sluts", "whore*", "hoe", "hoes", "hoez", "hoeing", "hoish", "hos", "thot", "thots",
          "slag", "slags", "slaggy", "slagging", "bimbo*", "feminazi*", "cumdumpster*", "cum dumpster*",
          "gold digger*", "golddigger*", "make me a sandwich", "get back in the kitchen",
          "back to the kitchen", "women belong in the kitchen", "women are inferior", "women are stupid",
          "typical woman", "typical female", "like a girl", "man up", "hysterical woman", "bitches ain't",
          "stupid woman", "stupid cow", "silly cow", "dumb blonde", "stupid bitch", "dumb bitch"
        ]

      abuse.homophobic:
        category: abuse
        kind: homophobic
        severity: high
        action: delete
        clause: "cann-bridge §3.3; cann-bridge Appendix A"
        description: "homophobic abuse"
        label: "homophobic slur"
        words: [
          "faggot*", "fagot*", "fagg*", fag, fags, "fagz", "fag hag", "dyke*", "lesbo*", "lezzer*", "lezza",
          "lezzie*", "lesbos", homo, homos, "homo's", "no homo", "poof*", "poofter*", "pouf*", "batty boy*",
          "batty man", "battyman", "bum boy*", "bumboy*", "shirtlifter*", "shirt lifter*", "sissy*",
          "pansy", "pansies", "gaylord*", "that's so gay", "thats so gay", "so gay", "ur gay", "you're gay",
          "youre gay", "your gay", "gay boy", "gayboy", "queer*", "fudge packer*", "fudgepacker*", "carpet muncher*",
          "muff diver*", "rug muncher*", "gay ass", "gayass"
        ]

      abuse.transphobic:
        category: abuse
        kind: transphobic
        severity: high
        action: delete
        clause: "cann-bridge §3.3"
        description: "transphobic abuse"
        label: "transphobic slur"
        words: [
          tranny, trannies, trannys, "shemale*", "she male*", "it's a man", "troon*",
          "trannie", "tr4nny", "ladyboy*", "man in a dress", "men in dresses", "chicks with dicks"
        ]

      abuse.ableist:
        category: abuse
        kind: ableist
        severity: high
        action: delete
        clause: "cann-bridge §3.3"
        description: "ableist abuse"
        label: "ableist slur"
        words: [
          "retard*", "re tard*", "tard", "tards", "libtard*", "spastic*", "spaz*", "spas", "spacker*", "spakka*",
          mong, mongs, "mongo", "mongol", "mongoloid*", "window licker*", "windowlicker*",
          "schizo*", "downie*", "special needs kid", "autist", "autists", "autismo", "tism",
          "mental case", "mentalist*", "nutter", "headcase", "head case"
        ]

      abuse.racist:
        category: abuse
        kind: racist
        severity: high
        action: delete
        clause: "cann-bridge §3.3; cann-bridge Appendix A"
        description: "racist abuse"
        label: "racist slur"
        words: [
          "nigger*", "*nigger", "*niggers", "nigga*", "*nigga", "*niggas", niggaz, "niggah*", "nigguh*", nig, nigs,
          "niglet*", "nig nog*", "nignog*", "negroid", "coon", "coons", "coonin", "jungle bunny", "jungle bunnies",
          "jigaboo*", "jiggaboo*", "porch monkey*", "spear chucker*", "sambo*", "wog", "wogs", "golliwog*",
          "golly wog*", "darkie*", "darky", "darkies", "half caste*", "paki", "pakis", "paky", "paki bashing",
          "chink", "chinks", "chinky", "chinkies", "gook*", "slant eye*", "slanty", "zipperhead*", "ching chong",
          "spic", "spics", "spick", "spicks", "wetback*", "beaner*", "kike*", "yid", "yids", "heeb", "heebs",
          "hymie*", "christ killer*", "raghead*", "rag head*", "towelhead*", "towel head*", "sand nigger*",
          "sandnigger*", "camel jockey*", "camel fucker*", "muzzie*", "muzrat*", "muzzrat*", "gyppo*", "gypo*",
          "pikey*", "pikies", "injun*", "squaw*", "white trash", "trailer trash", "honky*", "honkey*",
          "honkie*", "whitey", "wigger*", "wigga*", "boong*", "kaffir*",
          "kaffer*", "polack*", "dago", "dagos", "wop", "wops", "jap", "japs", "gringo*",
          "coolie*", "uncle tom*", "monkey boy", "go back to your country",
          "go back to your own country", "go back where you came from", "go back to africa", "go home immigrants",
          "send them back", "dirty immigrant*", "dirty foreigner*", "bloody foreigner*",
          "shithole country", "shithole countries", "mud people", "mudshark*", "ghetto trash", "hood rat*",
          "hoodrat*",
          "go back to where you came from", "go back to where you come from",
          "go back to where they came from", "go back where they came from", "back to where he came from",
          "back to where she came from", "wherever you came from", "wherever they came from",
          "wherever his people came from", "go back to your cave", "back to the jungle", "back to the trees",
          "go back to their country", "go back to their own country", "go home to your country",
          "get out of our country", "get out of my country", "not welcome in this country"
        ]

      abuse.religious:
        category: abuse
        kind: religious
        severity: high
        action: delete
        clause: "cann-bridge §3.3; heaton \\"Disciplinary action\\""
        description: "religious hatred"
        label: "religious slur"
        words: [
          "filthy jew*", "dirty jew*", "jew boy", "jewboy", "greedy jew*", "jewed", "jew down", "zionist pig*",
          "islamist scum", "muslim scum", "filthy muslim*", "dirty muslim*", "terrorist muslims", "paedo prophet",
          "pedo prophet", "goat fucker*", "goatfucker*", "bible basher*", "bible thumper*", "papist*",
          "fenian*", "taig*", "kuffar scum", "filthy kafir*"
        ]

      abuse.hate:
        category: abuse
        kind: hate
        severity: critical
        action: escalate
        clause: "elm-park \\"Extremism\\" (Prevent); cann-bridge Appendix A"
        description: "hate speech against a group — escalate under the Prevent duty"
        label: "hate speech"
        words: [
          "kill all {groups}", "kill the {groups}", "death to {groups}", "death to all {groups}",
          "gas the {groups}", "gas all {groups}", "hang all {groups}", "hang the {groups}", "shoot all {groups}",
          "exterminate the {groups}", "exterminate all {groups}", "wipe out the {groups}", "burn the {groups}",
          "{groups} should be killed", "{groups} should die", "{groups} must die", "{groups} deserve to die",
          "{groups} are animals", "{groups} are vermin", "{groups} are parasites", "{groups} are cockroaches",
          "{groups} are rats", "{groups} are subhuman", "{groups} are scum", "{groups} are filth",
          "{groups} are a disease", "{groups} are a virus", "{groups} are savages", "{groups} are inferior",
          "{groups} are not human", "{groups} aren't human", "{groups} are evil", "{groups} are dirty",
          "i hate {groups}", "i hate all {groups}", "fuck {groups}", "fuck all {groups}", "fuck the {groups}",
          "ban all {groups}", "deport all {groups}", "no more {groups}", "{groups} out", "{groups} go home",
          "filthy {groups}", "dirty {groups}"
        ]

    """
}
