import Testing
@testable import VigilEngine

/// What only shows across a batch (flooding), and that batches give the same flags however
/// they are split over the cores.
@Suite struct DetectorBatchTests {
    func comment(_ id: String, _ text: String, author: String?, post: String? = "p1") -> ImportedComment {
        ImportedComment(platform: .facebook, platformID: id, post: post.map { PostRef(platformID: $0) },
                        author: author.map { AuthorRef(platformID: $0) }, text: text)
    }

    @Test func theSameTextFromSeveralAuthorsIsFlooding() throws {
        let spam = "Amazing offer for every parent here, visit my profile now"
        let batch = [
            comment("1", spam, author: "a"),
            comment("2", "Lovely photos of sports day, thank you!", author: "b"),
            comment("3", spam.uppercased() + "!!!", author: "c"),        // nearly the same
            comment("4", "Amazing  offer for every parent here — visit my profile now 🙂", author: "d"),
        ]
        let result = builtInDetector.flags(for: batch)
        for i in [0, 2, 3] {
            let f = try #require(result[i].first { $0.rule == "spam.flooding" }, "comment \(i + 1)")
            #expect(f.spans == [Span(start: 0, end: batch[i].text.unicodeScalars.count)])
            #expect(f.explanation.contains("3 times from 3 authors"))
        }
        #expect(!result[1].contains { $0.rule == "spam.flooding" })
    }

    @Test func oneAuthorOnSeveralPostsIsFloodingButRepeatsOnOnePostAreNot() {
        let text = "Join our new after school coding club, sign up today"
        let samePost = (1...3).map { comment("s\($0)", text, author: "a", post: "p1") }
        let onePost = builtInDetector.flags(for: samePost).allSatisfy { !$0.contains { $0.rule == "spam.flooding" } }
        #expect(onePost)
        let severalPosts = (1...3).map { comment("m\($0)", text, author: "a", post: "p\($0)") }
        let flooded = builtInDetector.flags(for: severalPosts).allSatisfy { $0.contains { $0.rule == "spam.flooding" } }
        #expect(flooded)
    }

    @Test func copiesAreToldApartFromOtherTextWhereverTheDigitsAndPunctuationFall() {
        func print(_ text: String) -> UInt64 {
            let n = Normaliser()
            n.normalise(text)
            return Flooding.fingerprint(n.output, minimumLetters: 10)
        }
        let base = print("Check out my channel for free gift cards every single day")
        #expect(base != 0)
        for same in [
            "CHECK out   my channel!!! for free gift cards every single day",
            "12 34 check out my channel for free gift cards every single day",
            "check out my channel 2024 for free gift cards every single day 99",
            "check out my channel for free 🎁 gift cards every single day...",
            "check out my channel for free gift cards every 1 single day",
        ] {
            #expect(print(same) == base, "\(same)")
        }
        for other in [
            "check out my chan nel for free gift cards every single day",
            "check out my channel for free gift card every single day",
            "check out my channel for free gift cards every single",
        ] {
            #expect(print(other) != base, "\(other)")
        }
        #expect(print("well done 123") == 0)
    }

    @Test func shortRepeatedPraiseIsNotFlooding() {
        let batch = (1...10).map { comment("c\($0)", "Well done everyone!", author: "a\($0)") }
        let clean = builtInDetector.flags(for: batch).allSatisfy { $0.isEmpty }
        #expect(clean)
    }

    @Test func twoCopiesAreBelowTheDefaultThreshold() {
        let text = "Amazing offer for every parent here, visit my profile now"
        let batch = [comment("1", text, author: "a"), comment("2", text, author: "b")]
        let notFlooded = builtInDetector.flags(for: batch).allSatisfy { !$0.contains { $0.rule == "spam.flooding" } }
        #expect(notFlooded)
    }

    @Test func aLargeBatchGivesTheSameFlagsInTheSameOrderAsOneByOne() {
        let texts = [
            "fuck this and you retard", "Lovely day at school", "Check out my channel bit.ly/abc",
            "Mr Hughes is useless", "I want to kill myself", "👍🏽 great 💯", "you b!tch f.u.c.k off",
        ]
        let batch = (0..<(Detector.parallelThreshold * 2)).map { i in
            comment("\(i)", texts[i % texts.count] + " \(i % 13)", author: "a\(i)", post: "p\(i)")
        }
        let together = builtInDetector.flags(for: batch)
        #expect(together.count == batch.count)
        for i in stride(from: 0, to: batch.count, by: 97) {
            // The texts repeat, so the batch may also find flooding, which one comment alone cannot.
            #expect(together[i].filter { $0.rule != "spam.flooding" } == builtInDetector.flags(forText: batch[i].text), "comment \(i)")
        }
        #expect(builtInDetector.flags(for: batch) == together, "deterministic")
    }

    @Test func flagsComeMostSevereFirst() {
        let found = flags("I want to kill myself, fuck")
        #expect(found.map(\.severity) == found.map(\.severity).sorted(by: >))
        #expect(found.first?.category == .safeguarding)
    }
}
