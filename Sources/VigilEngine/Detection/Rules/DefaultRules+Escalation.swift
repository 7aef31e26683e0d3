extension DefaultRules {
    /// What is escalated, not only removed: safeguarding (to the DSL), extremism (Prevent);
    /// and what is answered, not deleted: complaints about named staff or pupils, behaviour
    /// incidents, and defamatory allegations about staff (hidden at once: the school can be
    /// liable for what it hosts).
    static let escalationLists = """
      safeguarding.self-harm:
        category: safeguarding
        kind: self-harm
        severity: critical
        action: escalate
        clause: "cann-bridge Appendix A; cann-bridge §4 (to the DSL immediately)"
        description: "safeguarding — risk of self-harm or suicide; tell the DSL now"
        label: "risk of self-harm"
        words: [
          "kill myself", "killing myself", "kill my self", "kms", "want to die", "wanna die", "want to be dead",
          "wish i was dead", "wish i were dead", "end my life", "ending my life", "end it all", "take my own life",
          "taking my own life", "commit suicide", "committing suicide", "suicidal", "self harm*", "selfharm*",
          "cut myself", "cutting myself", "cuts myself", "hurt myself", "hurting myself", "harm myself",
          "harming myself", "overdose", "overdosed", "don't want to live", "dont want to live", "do not want to live",
          "no reason to live", "nothing to live for", "better off dead", "better off without me", "can't go on",
          "cant go on", "hang myself", "hanging myself", "jump off a bridge", "slit my wrists", "starve myself",
          "starving myself", "nobody would miss me", "no one would miss me", "goodbye forever", "unalive myself",
          "suicide note"
        ]

      safeguarding.child-at-risk:
        category: safeguarding
        kind: child-at-risk
        severity: critical
        action: escalate
        clause: "cann-bridge Appendix A; cann-bridge §4 (to the DSL immediately)"
        description: "safeguarding — a child may be at risk of harm; tell the DSL now"
        label: "child at risk"
        words: [
          "{carers} hits me", "{carers} hit me", "{carers} beats me", "{carers} beat me", "{carers} hurts me",
          "{carers} hurt me", "{carers} punches me", "{carers} kicks me", "{carers} slaps me", "{carers} chokes me",
          "{carers} burns me", "{carers} touches me", "{carers} touched me", "{carers} abuses me",
          "{carers} abused me", "{carers} locks me in", "{carers} locked me in", "{carers} kicked me out",
          "{carers} threw me out", "{carers} starves me", "{carers} won't feed me", "{carers} doesn't feed me",
          "{carers} makes me do things", "being abused", "getting abused", "scared to go home", "afraid to go home",
          "frightened to go home", "not safe at home", "don't feel safe", "dont feel safe", "do not feel safe",
          "no food at home", "nothing to eat at home", "sleeping rough", "forced me to", "he raped me",
          "she raped me", "raped me", "sexually abused", "molested me", "inappropriately touched",
          "touched me inappropriately", "bruises from", "left home alone", "run away from home",
          "running away from home", "ran away from home"
        ]

      safeguarding.grooming:
        category: safeguarding
        kind: grooming
        severity: critical
        action: escalate
        clause: "cann-bridge Appendix A (grooming; CEOP); heaton \\"Disciplinary action\\""
        description: "safeguarding — a grooming approach to a child; tell the DSL and keep the evidence"
        label: "grooming approach"
        words: [
          "send me pics", "send me a pic", "send pics", "pics of you", "our secret", "don't tell your mum",
          "dont tell your mum", "don't tell your mom", "don't tell your dad", "dont tell your dad",
          "don't tell anyone about us", "delete this message", "delete our messages", "r u home alone",
          "are you alone", "r u alone", "meet up after school", "i'll pick you up", "ill pick you up",
          "i can pick you up", "come to my house", "come round mine", "i'll buy you", "i will buy you",
          "i can give you money", "i'll give you money", "you're so pretty for", "what school do you go to",
          "what school u go to", "which school do you go to", "how old are you", "how old r u",
          "what year are you in", "add me on snap*", "add me on snapchat", "snap me", "message me privately",
          "dm me babe", "wanna meet", "want to meet up", "secret friend", "special friend"
        ]
        min_matches: 2

      safeguarding.grooming-explicit:
        category: safeguarding
        kind: grooming
        severity: critical
        action: escalate
        clause: "cann-bridge Appendix A (grooming; CEOP); heaton \\"Disciplinary action\\""
        description: "safeguarding — a grooming approach to a child; tell the DSL and keep the evidence"
        label: "grooming approach"
        words: [
          "send me nudes", "send nudes", "send me your nudes", "our little secret", "don't tell your parents",
          "dont tell your parents", "mature for your age", "age is just a number", "are you home alone",
          "are you a virgin", "send me a picture of you", "send me a photo of you", "meet me after school"
        ]

      safeguarding.threat:
        category: safeguarding
        kind: threat
        severity: high
        action: escalate
        clause: "cann-bridge Appendix A (risk of harm); hampshire §7.2.4 (threats: inform the police)"
        description: "a threat of violence — tell the DSL and keep the evidence"
        label: "threat"
        words: [
          "i will kill you", "i'll kill you", "ill kill you", "i will kill u", "i'll kill u", "ill kill u",
          "gonna kill you", "gonna kill u", "going to kill you", "i'm going to kill", "im going to kill",
          "im gonna kill", "i'm gonna kill", "i will kill him", "i will kill her", "i'll kill him", "i'll kill her",
          "i will hurt you", "i'll hurt you", "going to hurt you", "gonna hurt you", "i know where you live",
          "i know where u live", "watch your back", "watch ur back", "you're dead", "youre dead", "ur dead",
          "you are dead", "you're a dead man", "dead meat", "i'll stab you", "ill stab you", "i will stab",
          "gonna stab", "stab you", "stab u", "shank you", "shoot you", "shoot u", "i'll shoot", "i will shoot",
          "gonna shoot", "bring a gun to school", "bring a knife to school", "shoot up the school",
          "shoot up this school", "shoot the school", "bomb the school", "blow up the school",
          "burn the school down", "burn down the school", "i will find you", "i'll find you", "smash your face",
          "smash ur face", "batter you", "beat you up", "beat u up", "punch your face", "kick your head in",
          "kick ur head in", "slit your throat", "cut your throat", "burn your house", "burn ur house",
          "i'll end you", "i will end you", "break your legs", "break your neck", "put you in hospital",
          "you won't live", "you will pay", "we will get you", "we know where you live", "rape you", "rape u"
        ]

      extremism.ideology:
        category: extremism
        kind: extremism
        severity: high
        action: escalate
        clause: "elm-park \\"Extremism\\" (Prevent duty); heaton \\"Disciplinary action\\" (terrorism)"
        description: "extremist content — refer under the Prevent duty"
        label: "extremist term"
        words: [
          "heil hitler", "sieg heil", "white power", "white pride world wide", "white genocide", "great replacement",
          "race war", rahowa, "14 words", "fourteen words", "1488", "hitler was right", "hitler did nothing wrong",
          "holocaust never happened", "holocaust is a lie", "holohoax", "jew world order", "zionist occupied government", "white lives matter",
          "blood and soil", "national action", "combat 18", "atomwaffen", "sonnenkrieg", "british movement",
          "join isis", "joining isis", "support isis", "i support isis", "long live isis", "isis will win", "isis are right", "isis is right", "join the caliphate", "join daesh", "join the jihad", "wage jihad", "pledge allegiance to isis", "glory to the mujahideen",
          "martyrdom operation", "suicide bomber*", "suicide vest", "blow myself up", "behead*",
          "bomb making", "pipe bomb*", "join al qaeda", "support al qaeda", "infidels must die", "death to the infidels",
          "kill the infidels", "kill the kuffar", "death to america", "death to israel", "death to the west",
          "remigration now", "day of the rope", "gas chambers were", "ethnic cleansing now", "final solution"
        ]

      complaint.staff-roles:
        condition: true
        words: [
          teacher, teachers, "head teacher", headteacher, headteachers, "head teachers", headmaster, headmistress,
          "the head", "the deputy", "deputy head", principal, "vice principal", "assistant head", "form tutor",
          "class teacher", "his teacher", "her teacher", "their teacher", "the teacher", senco, "teaching assistant",
          "the ta", "dinner lady", "dinner ladies", "lunchtime supervisor", caretaker, receptionist,
          "office staff", "school staff", "the staff", "member of staff", "pe teacher", "maths teacher",
          "english teacher", "science teacher", "supply teacher", "the governors", "chair of governors", "the dsl"
        ]

      complaint.named-staff:
        category: complaint
        kind: named-staff
        severity: medium
        action: reply
        clause: "cann-bridge §3.3 (complaints policy); cann-bridge §5, §6"
        description: "a complaint about a member of staff — answer through the complaints procedure"
        label: "complaint about staff"
        requires: [staff, complaint.staff-roles]
        words: [
          useless, incompetent, rude, unprofessional, "disgrace*", disgusting, appalling, shocking, awful, terrible,
          horrible, hopeless, pathetic, lazy, "should be sacked", "should be fired", "needs to go", "needs sacking",
          "not fit to", "unfit to", "shouted at", "screamed at", "yelled at", "humiliated", "picks on", "picked on",
          "is a bully", "bullies", "doesn't care", "does not care", "don't care", "never listens", "won't listen",
          "ignored", "ignores", "has favourites", "favouritism", "biased", "complaint", "complain", "complaining",
          "disappointed", "let down", "let us down", "failed", "failing", "worst teacher", "can't teach",
          "cant teach", "cannot teach", "no control", "nasty", "vindictive", "out of order", "unacceptable",
          "not acceptable", "ashamed", "a joke", "clueless", "patronising", "condescending", "aggressive"
        ]

      complaint.general:
        category: complaint
        kind: complaint
        severity: low
        action: reply
        clause: "cann-bridge §3.3 (complaints policy); elm-park (use the complaints procedure)"
        description: "a complaint or concern — answer through the complaints procedure"
        label: "complaint"
        words: [
          "formal complaint", "make a complaint", "making a complaint", "made a complaint", "raise a complaint",
          "i want to complain", "i wish to complain", "i'd like to complain", "complained to the school",
          "complained several times", "absolutely disgusted", "totally unacceptable", "completely unacceptable",
          "absolutely disgraceful", "absolutely appalling", "no one replied", "nobody replied", "no response from",
          "no one has got back", "nobody has got back", "still waiting for a reply", "no one listens",
          "nobody listens", "reporting this school", "report this school", "reporting the school", "ofsted",
          "the local authority", "let my child down", "let my son down", "let my daughter down", "failed my child",
          "failed my son", "failed my daughter", "failing my child", "failing my son", "failing my daughter",
          "this school is a joke", "worst school", "shocking school", "disgrace of a school", "taking my child out",
          "moving my child", "pulling my child out"
        ]

      complaint.behaviour-incident:
        category: complaint
        kind: behaviour-incident
        severity: medium
        action: reply
        clause: "cann-bridge §6 (behaviour incidents are not discussed on social media)"
        description: "talk of a behaviour incident — answer privately, through the school"
        label: "behaviour incident"
        words: [
          "{child} was bullied", "{child} is being bullied", "{child} has been bullied", "{child} got bullied",
          "{child} was hit", "{child} got hit", "{child} was punched", "{child} got punched", "{child} was attacked",
          "{child} got attacked", "{child} was pushed", "{child} got pushed", "{child} was kicked", "{child} got kicked",
          "{child} was assaulted", "{child} was beaten up", "{child} got beaten up", "{child} came home with",
          "{child} came home crying", "{child} was excluded", "{child} got excluded", "{child} has been excluded",
          "{child} was suspended", "{child} got suspended", "{child} was put in isolation", "{child} got detention",
          "{child} was given detention", "bullied at school", "bullying at school", "bullying in school",
          "bullying problem", "got into a fight", "a fight at school", "fight in the playground", "fighting at school",
          "fight after school", "behaviour incident", "the incident at", "the incident in", "beat him up", "beat her up",
          "beaten up at school", "gang of boys", "gang of girls", "vaping in the toilets", "brought a knife",
          "picked on by", "being picked on", "kept getting hit", "the boy who hit", "the girl who hit",
          "that boy in", "that girl in"
        ]

      complaint.defamation:
        category: complaint
        kind: defamation
        severity: high
        action: hide
        clause: "cann-bridge §2.1 (defamation: the school can be liable for what it hosts)"
        description: "a possibly defamatory allegation about a member of staff — hide, then decide"
        label: "allegation"
        requires: [staff, complaint.staff-roles]
        words: [
          "paedo*", "pedo*", "paedophile*", "pedophile*", "nonce*", "kiddie fiddler*", "kiddy fiddler*", "groomer*",
          "grooming", "molest*", "abuses children", "abuses kids", "abused a child", "abusing children",
          "abusing kids", "touched a child", "touches children", "touched my", "inappropriate with",
          "drunk at work", "drunk in school", "turns up drunk", "turned up drunk", "always drunk", "on drugs",
          "takes drugs", "taking drugs", "drug dealer", "deals drugs", "dealing drugs", "stole", "steals",
          "stealing", "thief", "fraud*", "embezzl*", "corrupt", "having an affair", "had an affair", "affair with",
          "sleeping with", "slept with", "shagging", "is a racist", "is racist", "racist teacher", "sex offender*", "rapist", "is a rapist",
          "criminal record", "got sacked", "was sacked", "sacked from", "fired from", "was arrested",
          "got arrested", "been arrested", "assaulted", "hit a child", "hits kids", "hits children", "hit my son",
          "hit my daughter", "hit my child", "is a liar", "lied to", "lies to", "falsified", "cooking the books",
          "fiddling", "bribe*", "sexually harassed", "harassing", "stalking", "stalker"
        ]

    """
}
