/// The built-in rules: YAML text in the same format a school writes, read once by the same
/// reader, so `vigil rules show` prints what is really in force. The lists live in
/// `DefaultRules+Abuse.swift`, `DefaultRules+Hostility.swift`, `DefaultRules+Spam.swift` and `DefaultRules+Escalation.swift`.
///
/// Clauses cite the policies in ../shared/policies (digest in POLICY.md): cann-bridge §3.3
/// (what is deleted), §2.1 (defamation), §5 and §6 (complaints and behaviour incidents),
/// Appendix A (extreme offence, risk of harm: escalate); elm-park "Extremism" (Prevent).
enum DefaultRules {
    static let ruleSet: RuleSet = {
        do {
            return try RuleFileReader.read(yaml: yaml, fileName: "built-in rules", over: base)
        } catch {
            fatalError("the built-in rules do not load:\n\(error)")
        }
    }()

    static var yaml: String { header + "lists:\n" + abuseLists + hostilityLists + spamLists + escalationLists + footer }

    /// What the YAML builds on: the signals the code knows, before the YAML gives their clauses.
    static let base = RuleSet(
        lists: [], allow: [], terms: [:],
        signals: [
            SignalRule(id: "spam.link", flag: template(.spam, "link", .low, .hide), enabled: true),
            SignalRule(id: "spam.shortener", flag: template(.spam, "shortener", .medium, .delete), enabled: true),
            SignalRule(id: "spam.messaging-invite", flag: template(.spam, "messaging-invite", .medium, .delete), enabled: true),
            SignalRule(id: "spam.flooding", flag: template(.spam, "flooding", .medium, .delete), enabled: true),
        ],
        personalInfo: PersonalInfoRules(clause: "cann-bridge §3.3", action: .delete, severities: [:], defaultSeverity: .medium, enabled: true),
        published: SchoolContacts(), allowedLinkDomains: [], rosterPath: nil, settings: RuleSettings(), source: "built-in rules")

    private static func template(_ c: Category, _ kind: String, _ s: Severity, _ a: RecommendedAction) -> FlagTemplate {
        FlagTemplate(category: c, kind: kind, severity: s, action: a, clause: "", description: kind, label: kind)
    }

    static let header = """
    # Vigil's built-in moderation rules. A school's rules file (vigil rules check FILE) extends
    # and overrides these; Fixtures/rules/example-school.yaml explains every key.
    version: 1

    # Allow list: a match of any entry here hides every word-list match inside it, so these
    # classic false alarms stay clean.
    allow: [
      scunthorpe, penistone, penisarwaun, essex, sussex, middlesex, wessex, cockermouth, cockfosters,
      cockburn, cockburnspath, shitterton, bitchfield, twatt, clitheroe, crapstone, wetwang, "pratts bottom",
      "assess*", "assassin*", "*class*", "*passage*", "*bass*", "*grass*", "*compass*", "*harass*",
      "cocktail*", "cockpit*", "cockroach*", "cockerel*", "cockney*", "cockle*", "cockatoo*", "cockapoo*",
      "cocker spaniel*", "peacock*", "hitchcock", "hancock", "babcock", "alcock", "woodcock", "shuttlecock*",
      "dick whittington", "dick king smith", "dick turpin", "dick van dyke", "dick dastardly", "moby dick",
      "philip k dick", "shiitake", "shitake", "therapist*", "blue tit*", "great tit*", "coal tit*",
      "tit for tat", "door knob*", "garden hoe*", "dutch hoe*", "xx", "xxx", "xxxx", omg, "oh my god",
      "pussy willow*", "pussycat*", "pussy cat*", "arsenal*", "arsenic", "cum laude", "magna cum laude",
      "summa cum laude", "homo sapiens", "homo erectus", "dyke road", "spic and span", "snigger*",
      "niggard*", "raccoon*", "cocoon*", "tycoon*", "scrapbook*", "bitcoin*", "hoedown*", "jerk chicken",
      "knob end road", "sexton*",
      "water butt*", "cigarette butt*", "rifle butt*", "looney tunes", "looney toons", "pond scum",
      "jam tart", "jam tarts", "bakewell tart", "bakewell tarts", "treacle tart", "treacle tarts", "custard tart",
      "custard tarts", "lemon tart", "lemon tarts", "fruit tart", "fruit tarts", "apple tart", "apple tarts",
      "egg tart", "egg tarts", "april fool", "april fools", "april fools day", "ugly duckling", "ugly sister",
      "ugly sisters", "lady and the tramp", "shepherd's crook", "shepherds crook", "the muppets",
      "muppet christmas carol", "muppets christmas carol", "muppet show", "clown fish", "garbage truck",
      "garbage trucks", "dumb waiter", "creepy crawly", "creepy crawlies", "freak weather"
    ]

    # Term lists: an entry "kill all {groups}" stands for one entry per term.
    terms:
      groups: [
        muslims, jews, blacks, "black people", whites, "white people", asians, immigrants, refugees,
        migrants, "asylum seekers", gays, lesbians, "gay people", "trans people", christians, hindus,
        sikhs, arabs, africans, mexicans, chinese, poles, romanians, gypsies, travellers, foreigners,
        women, catholics, protestants, pakistanis, indians, somalis, nigerians, "disabled people"
      ]
      carers: [
        "my dad", "my mum", "my mom", "my stepdad", "my step dad", "my stepmum", "my step mum",
        "my mums boyfriend", "my mum's boyfriend", "my dads girlfriend", "my uncle", "my brother",
        "my parents", "my foster dad", "my foster mum", "my carer", "he", "she", "they"
      ]
      at_someone: [
        "you are", "you're", youre, ur, "u r", "u are", "you so", "you're so", "you are so", "ur so", "you're such a",
        "you are such a", "you're a", "you are a", "you're an", "you are an", "ur a", "he is", "he's", hes, "he is a",
        "he's a", "he is an", "she is", "she's", shes, "she is a", "she's a", "she is an", "they are", "they're",
        theyre, "they are all", "what a", "what an", "such a", "such an", "you", "you little", "you stupid",
        "you absolute", "absolute", "total", "complete", "utter", "bunch of", "pack of", "is a", "is an", "are all",
        "he is so", "she is so", "they are so", "he's so", "she's so", "they're so", "he is such a",
        "she is such a", "he's such a", "she's such a", "they are such", "you are just", "you're just",
        "he is just", "she is just", "he's just", "she's just", "you're nothing but", "you are nothing but",
        "nothing but a", "you're really", "you are really", "he is really", "she is really", "you are being",
        "you're being", "he is being", "she is being", "they are being", "ur such a", "is such a",
        "are such", "are a bunch of", "is just a", "is nothing but",
        "your a", "your an", "your so", "your such a", "your just a", "your nothing but"
      ]
      insults: [
        crazy, insane, nuts, mental, twisted, childish, immature, unprofessional, dishonest, deceitful, shameless,
        arrogant, ignorant, incompetent, selfish, greedy, entitled, spoiled, spoilt, brat, quack, fool, coward, fraud,
        fake, phony, phoney, crook, traitor, disgrace, embarrassment, hypocrite, creep, pig, pigs, swine, donkey, snake, rat, weasel,
        monster, devil, evil, corrupt, nasty, horrible, terrible, awful, clown, parasite, bully, thug, fat, ugly,
        gross, weirdo, annoying, irrelevant, useless, worthless, hopeless, clueless, delusional, deranged, unhinged,
        pathetic, lame, dense, senile, liar, trash, garbage, rubbish, filth, filthy, disgusting, vile, despicable,
        repulsive, sickening, stupid, dumb, idiot, moron, joke, "piece of work", "waste of space", "bad person",
        "terrible person", "horrible person", "awful person", "sad little man", "sad man", "small minded",
        "narrow minded", "brain dead", "not very bright", "not the brightest", "out of your mind", "lost your mind",
        "losing your mind", "mentally ill", "a joke", "full of it", "full of shit", "so full of", "no brain",
        "no brains", "no morals", "no conscience", "no soul", "soulless", "heartless", "gutless", "spineless",
        "sick in the head", "the worst", incapable, silly, ridiculous, crooked,
        unhinged, despicable, troll, "a troll", lier, "two faced", backstabber, "back stabber", loser,
        "a failure", "washed up", demented, psycho, bigot, bigoted, "a nazi", "a fascist", "a racist",
        sexist, misogynist, misogynistic, homophobe, homophobic, xenophobic, deluded, brainwashed,
        uneducated, illiterate, insufferable, obnoxious, cowardly, hateful, spiteful, vindictive, inept,
        dimwitted, "dim witted", "simple minded", "closed minded", grifter, "con man", "con artist", lunatic,
        maniac, nutcase, nutjob, nutter, psychopath, sociopath, narcissist, scumbag, sleazebag, slimeball,
        lowlife
      ]
      at_person: [
        "you are", "you're", youre, ur, "u r", "u are", "you are so", "you're so", "ur so", "u so", "you so",
        "you are such a", "you're such a", "ur such a", "you are a", "you're a", "you are an", "you're an",
        "ur a", "ur an", "u r a", "you are just", "you're just", "you are just a", "you're just a",
        "you are nothing but", "you're nothing but", "you are nothing but a", "you're nothing but a",
        "you are really", "you're really", "you are being", "you're being", "you are being a",
        "you're being a", "you are one", "you're one", "you are the", "you're the", "you are a bunch of",
        "you're a bunch of", "you are all", "you're all", "he is", "he's", hes, "he is so", "he's so",
        "he is such a", "he's such a", "he is a", "he's a", "he is an", "he's an", "he is just", "he's just",
        "he is just a", "he's just a", "he is nothing but", "he's nothing but", "he is nothing but a",
        "he's nothing but a", "he is really", "he's really", "he is being", "he's being", "he is one",
        "he is the", "he's the", "she is", "she's", shes, "she is so", "she's so", "she is such a",
        "she's such a", "she is a", "she's a", "she is an", "she's an", "she is just", "she's just",
        "she is just a", "she's just a", "she is nothing but", "she's nothing but", "she is nothing but a",
        "she's nothing but a", "she is really", "she's really", "she is being", "she's being", "she is one",
        "she is the", "she's the", "they are", "they're", theyre, "they are so", "they're so",
        "they are such", "they're such", "they are all", "they're all", "they are just", "they're just",
        "they are nothing but", "they're nothing but", "they are really", "they're really", "they are being",
        "they're being", "they are a bunch of", "they're a bunch of", "they are the", "they're the",
        "these people are", "those people are", "you people are", "you lot are", "you guys are",
        "people like you are", "your lot are", "liberals are", "conservatives are", "democrats are",
        "republicans are", "leftists are", "lefties are", "tories are", "socialists are", "feminists are",
        "trump supporters are", "remainers are", "brexiteers are",
        "your a", "your an", "your so", "your such a", "your just a", "your nothing but"
      ]
      person_insults: [
        tool, troll, trolls, snake, snakes, rat, rats, sheep, puppet, puppets, "a menace", menace, failure,
        "a failure", "a waste", animal, animals, "an animal", savage, savages, "a savage", vermin, pigs,
        "a pig", cockroaches, parasites, leeches, maggots, subhuman, "not human", satan, "the devil", devil,
        "a nobody", lazy, rude, cruel, wicked, smug, ridiculous, laughable, embarrassing, creepy, obese,
        slob, thief, thieves, criminal, criminals, predator, deluded, brainwashed, gullible, uneducated,
        illiterate, bigoted, racist, racists, sexist, homophobic, homophobe, misogynist, misogynistic,
        xenophobic, nazi, nazis, fascist, fascists, treasonous, lier, "two faced", backstabber,
        "back stabber", loser, losers, "has been", "washed up", demented, psycho, bonkers, barmy, loopy,
        obnoxious, insufferable, unbearable, cowardly, snowflake, snowflakes, stooge, shill, inept, hateful,
        spiteful, vindictive, petty, toxic, sleazy, slimy, dimwitted, "dim witted", "simple minded",
        "closed minded", revolting, pitiful, "a hack", grifter, conman, "con man", "con artist", lunatic,
        lunatics, maniac, nutcase, nutjob, nutter, psychopath, sociopath, narcissist, freak, pervert,
        degenerate, scumbag, sleazebag, slimeball, lowlife, "piece of shit", "piece of crap",
        "piece of garbage", "piece of trash", "piece of work", "waste of space", "waste of oxygen",
        "waste of skin", "mentally unstable", delirious, dillusional, dilusional, "a cancer", "a wart",
        "a plague", "a disease", "a blight", "a stain", "a scourge", "a parasite", "a leech",
        abhorrent, deplorable, contemptible, loathsome, odious, repugnant, reprehensible, appalling, scummy,
        bitter, "so boring", "a prostitute", "a sorry excuse", "a poor excuse", "a hot mess", "a train wreck",
        "a dictator", "a liability", "a laughing stock", "a laughingstock", "a sham", "a sellout",
        "a sell out", "a nut case", "a loon", "a crackpot", "a sicko", "a viper", "a vulture",
        trashy, classless, "low class", foolish, "so foolish", "a bad joke", "a national embarrassment",
        "a nuisance", foul, crass, vulgar, smarmy, pompous, condescending, "a snob", "full of hate",
        "full of hatred", "full of lies", "an abomination", mindless, "a lying", "a cheater"
      ]
      political: [
        liberal, liberals, leftist, leftists, lefty, lefties, lib, libs, antifa, democrat, democrats, dem, dems,
        republican, republicans, conservative, conservatives, tory, tories, maga, trump, socialist, socialists,
        commie, commies, feminist, feminists
      ]
      group_insults: [nuts, loons, crazies, goons, terrorists, trash, filth, cultists, zealots, fanatics, rats, animals, maggots]
      child: [
        "my son", "my daughter", "my child", "my kid", "my boy", "my girl", "my lad", "our son",
        "our daughter", "my little one", "my nephew", "my niece", "my grandson", "my granddaughter"
      ]

    """

    static let footer = """

    # Signals found by code, not by word lists.
    signals:
      spam.link:
        clause: "cann-bridge §3.3"
        description: "spam — a link"
        label: link
      spam.shortener:
        clause: "cann-bridge §3.3"
        description: "spam — a link shortener that hides where it goes"
        label: "link shortener"
      spam.messaging-invite:
        clause: "cann-bridge §3.3"
        description: "spam — an invitation to a private chat"
        label: "chat invitation"
      spam.flooding:
        clause: "cann-bridge §3.3"
        description: "spam — repeated identical posts (flooding)"
        label: flooding

    # Personal information (the scanner's findings) is deleted as soon as reasonably possible.
    personal_info:
      clause: "cann-bridge §3.3"
      action: delete
      severity: medium
      kinds:
        nhs-number: high
        national-insurance: high
        payment-card: high
        bank-details: high
        date-of-birth: high
        pupil-name: high
        street-address: high

    # Settings later features read.
    sign_off:
      overdue_hours: 72
    blocking:
      threshold: 3
      window_days: 90
    retention:
      unflagged_days: 90
      evidence_days: 365
    flooding:
      min_copies: 3
      min_letters: 24

    """
}
