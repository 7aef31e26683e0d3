extension DefaultRules {
    /// Hostility aimed at a person without an insulting word: dismissals ("just go away", "you
    /// are not welcome"), hostile questions ("what is wrong with you", "are you stupid"), wishes
    /// of jail ("should be locked up") and plain hatred ("I hate you"). POLICY.md's "abusive ...
    /// or inflammatory comments" (cann-bridge §3.3) covers them, but each is milder than an
    /// insult and some are said in jest, so the flag is low and recommends hiding (reversible)
    /// for an administrator to look at, never deleting on this alone.
    ///
    /// Also attacks on a person's mind or character through "your" ("your ignorance", "your big
    /// mouth") and mockery of their sanity ("needs his head examined", "off her meds").
    ///
    /// Written from English usage, not from any labelled set. Left out on purpose, because they
    /// are everyday speech as often as hostility: "go away" ("make the rain go away"), "go cry"
    /// ("I'll go cry, happy tears"), "zip it" (a coat), "get out of here" (surprise), "grow up",
    /// "get a job", "nobody cares", "makes me sick" (food), "you're sick" (ill), "is lying"
    /// (disagreement about facts is not abuse), "you know nothing" ("you know nothing beats ..."),
    /// "lost her marbles" (at break time) and "a screw loose" (on the climbing frame).
    static let hostilityLists = """
      abuse.hostility:
        category: abuse
        kind: hostility
        severity: low
        action: hide
        clause: "cann-bridge §3.3"
        description: "inflammatory — hostility aimed at a person"
        label: "hostile phrase"
        words: [
          "just go away", "go away you", "go away troll", "now go away", "go cry about it", "go cry to your",
          "go cry somewhere", "cry me a river", "get over yourself", "sit down and shut up", "bye felicia",
          "go play in traffic", "get bent",
          "you are not welcome", "you're not welcome", "youre not welcome", "ur not welcome", "u r not welcome",
          "nobody wants you", "no one wants you", "nobody wants you here", "nobody cares about you",
          "no one cares about you",
          "i hate you", "i hate u", "hate you so much", "i hate him", "i hate her",
          "you make me sick", "he makes me sick", "she makes me sick", "they make me sick", "sick of you",
          "you disgust me",
          "how dare you", "ought to be ashamed", "what is wrong with you", "what's wrong with you",
          "whats wrong with you", "something wrong with you", "are you stupid", "are you dumb",
          "are you an idiot", "are you insane", "are you crazy", "are you mental", "are you blind",
          "can you even read", "learn to read",
          "should be in jail", "should be in prison", "belongs in jail", "belongs in prison", "belong in jail",
          "belong in prison", "should be locked up", "needs to be locked up", "lock her up", "lock him up",
          "lock them up", "lock them all up", "should go to jail", "should go to prison", "rot in jail",
          "rot in prison", "throw him in jail", "throw her in jail",
          "enemy of the people", "enemies of the people",
          "your ignorance", "your stupidity", "your hypocrisy", "your nonsense", "your racism", "your bigotry",
          "your hatred", "your arrogance", "your incompetence", "your idiocy", "your drivel", "your tds",
          "your ugly face", "your fat face", "your big mouth", "your sorry ass",
          "needs his head examined", "needs her head examined", "need your head examined", "need your head checked",
          "needs psychiatric help", "needs serious psychiatric help", "off his meds", "off her meds", "off your meds",
          "you have no brain", "only one brain cell", "only two brain cells", "two brain cells to rub together",
          "missing brains", "missing a brain", "room temperature iq"
        ]

    """
}
