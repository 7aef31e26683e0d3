// The personal-information scanner's speed on generated comments: typical (mostly ASCII,
// 30-300 characters, often with a time, price, score or year, and one fragment in fifty a
// personal detail) and mostly non-ASCII (Arabic, Chinese, Polish, Welsh, Greek, Russian,
// Hindi, German, emoji).
import Foundation
import VigilEngine

func personalInfoBenchmark() -> Benchmark {
    Benchmark(
        name: "pii",
        summary: "personal-information scanner, comments/s and MB/s on one core (target 2,000,000/s typical)",
        run: runPersonalInfoBenchmark)
}

private func runPersonalInfoBenchmark() {
    // Real comments (../shared/eval, measured once): 13-34% have a digit, 0.2-1.0 digit runs
    // each. "typical" matches that; "digit-heavy" has a time, price or date in most fragments.
    let typical = PersonalInfoCorpus.comments(count: 100_000, pool: .typical, seed: 1)
    let heavy = PersonalInfoCorpus.comments(count: 100_000, pool: .digitHeavy, seed: 3)
    let foreign = PersonalInfoCorpus.comments(count: 100_000, pool: .nonASCII, seed: 2)
    let plain = PersonalInfoScanner()
    let school = PersonalInfoScanner(config: PersonalInfoCorpus.schoolConfig)
    PersonalInfoCorpus.measure("typical comments, default config", typical, plain, target: 2_000_000)
    // The detector must do 500,000/s typical and 100,000/s non-ASCII; the scanner aims at four
    // times each, leaving the rest of the budget to the normaliser and the matcher.
    PersonalInfoCorpus.measure("mostly non-ASCII comments, default config", foreign, plain, target: 400_000)
    PersonalInfoCorpus.measure("digit-heavy comments, default config", heavy, plain, target: nil)
    PersonalInfoCorpus.measure("typical comments, published details + 300-name roster", typical, school, target: nil)
    PersonalInfoCorpus.measure("mostly non-ASCII, published details + 300-name roster", foreign, school, target: nil)
}

enum PersonalInfoCorpus {
    static let schoolConfig = PersonalInfoConfig(
        publishedPhones: ["0113 496 0000"], publishedEmails: ["office@school.example"],
        publishedAddresses: ["1 School Lane, Exampleton, EX9 9ZZ"],
        pupilNames: (0..<300).map { "\(firstNames[$0 % firstNames.count]) \(surnames[($0 * 7) % surnames.count])" })

    static let firstNames = ["Amelia", "Oliver", "Isla", "Noah", "Ava", "Muhammad", "Freya", "Leo", "Zoë", "Siân",
                             "Jack", "Poppy", "Arthur", "Maya", "Theo", "Ivy", "Oscar", "Lily", "George", "Grace"]
    static let surnames = ["Jones", "Smith", "Brown", "Patel", "Williams", "Khan", "Taylor", "Davies", "O'Brien",
                           "Evans", "Wilson", "Thomas", "Roberts", "Chen", "Walker", "Hughes", "Wright", "Green",
                           "Hall", "Wood", "Clarke", "Jackson", "Turner", "Hill", "Moore"]

    static let plainText = [
        "Lovely assembly today, well done everyone.", "Is there school on Monday with the snow?",
        "Thank you to all the staff for a brilliant year!", "The new playground looks amazing 😍",
        "Can we have more notice for non-uniform days please", "Such a shame the fete was cancelled",
        "Reminder: PE kit on Tuesdays and Thursdays.", "Who won the house cup this year?",
        "Does anyone know if the swimming lessons are still on?", "The choir were amazing at the cathedral",
        "Please remind children to bring a water bottle", "My son says the new maths scheme is hard",
        "Great to see the little ones at the museum", "Is the uniform shop open in the holidays?",
        "Lovely to see so many dads at the breakfast", "Please can we have a crossing patrol on the main road",
        "Any news on the roof repairs?", "Thanks for the quick reply about the trip",
        "Why is the car park always full at pick up? Someone will get hurt.", "Love the new website",
        "Can parents help with reading on Fridays?", "Any spare costumes for World Book Day?",
        "What time does the disco finish?", "The class assembly made me cry, so proud",
        "school dinners are so much better this term", "Massive thanks to Mr Hughes for the trip",
        "no school tmrw??", "Please slow down on the road outside school, it's dangerous",
        "Anyone else's kid come home without a jumper again 🙄", "Proud mum moment 🥹",
        "Brilliant concert, the recorders were loud", "Is it wear your own clothes on Friday?",
        "the queue at pick up was ridiculous today", "Thank you Miss for everything x",
        "Any chance of a second parents evening slot?", "Congratulations on the Ofsted report",
        "That was the best sports day yet", "Well done to the football team, what a match",
        "Can someone tell me what the spellings are this week", "Hope everyone has a lovely half term",
    ]
    static let numbers = [
        "My 3 kids loved the trip to the farm.", "Year 6 leavers assembly was so emotional",
        "Pick up at 7:30 is late for the little ones.", "Tickets are £5 each or £15 for a family, raffle at 2.30pm.",
        "Well done to the under 11s, 4-2 win!", "Class of 2019 reunion anyone?", "She got 47/60 in the mock, so proud.",
        "Parents evening is on 05.11.2024 in the hall.", "Homework club has moved to Room 12.",
        "Sports day results: Red 120, Blue 115.", "Size 7-8 please", "Who's doing the 5k on Sunday? Meet at the gate at 9.",
    ]
    static let details = [
        "call me on 07700 900123", "email jo.bloggs@example.com", "she lives at 12 Acacia Avenue",
        "ring 0113 496 0123 after 6", "postcode LS1 4AP", "NHS number 943 476 5919",
        "Amelia Jones was pushed", "text +44 7700 900456",
    ]
    static let foreignText = [
        "شكرا جزيلا للمعلمين على هذا العام الرائع", "الرحلة كانت ممتعة جدا للأطفال",
        "学校的活动非常好，孩子们都很开心", "请问明天学校开门吗？", "Dziękuję bardzo za wspaniały rok szkolny!",
        "Świetna wycieczka, dzieci były zachwycone 😊", "Diolch yn fawr i bawb am eu help 💚",
        "Ευχαριστούμε πολύ για την υπέροχη χρονιά", "Спасибо учителям за прекрасный год",
        "बच्चों को यात्रा बहुत पसंद आई 🎉", "Kinder hatten großen Spaß beim Sportfest", "🎉🎉👏👏❤️",
        "الاجتماع الساعة 3:30 في القاعة", "第2名，太棒了！",
    ]

    enum Pool { case typical, digitHeavy, nonASCII }

    /// Deterministic comments of 30-300 characters, built from fragments: for `typical`, one
    /// fragment in twelve has a number and one in a hundred a personal detail; for
    /// `digitHeavy`, half have a number; `nonASCII` is other scripts and emoji.
    static func comments(count: Int, pool: Pool, seed: UInt64) -> [String] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
        func fragment() -> String {
            let roll = next(100)
            switch pool {
            case .typical:
                return roll < 1 ? details[next(details.count)] : roll < 9 ? numbers[next(numbers.count)] : plainText[next(plainText.count)]
            case .digitHeavy:
                return roll < 2 ? details[next(details.count)] : roll < 52 ? numbers[next(numbers.count)] : plainText[next(plainText.count)]
            case .nonASCII:
                return roll < 2 ? details[next(details.count)] : foreignText[next(foreignText.count)]
            }
        }
        return (0..<count).map { _ in
            let target = 30 + next(271)
            var s = String.UnicodeScalarView()
            while s.count < target {
                if !s.isEmpty { s.append(" ") }
                s.append(contentsOf: fragment().unicodeScalars)
            }
            return String(String.UnicodeScalarView(s.prefix(300)))
        }
    }

    /// How long each figure is measured: `PII_BENCH_SECONDS` (for profiling), else 1 s.
    static let seconds = Int(ProcessInfo.processInfo.environment["PII_BENCH_SECONDS"] ?? "") ?? 1

    /// Scans `comments` repeatedly for at least `seconds` and prints the rate.
    static func measure(_ label: String, _ comments: [String], _ scanner: PersonalInfoScanner, target: Int?) {
        let bytes = comments.reduce(0) { $0 + $1.utf8.count }
        let nonASCII = comments.reduce(0) { $0 + $1.utf8.filter { $0 >= 0x80 }.count }
        let digitTokens = comments.reduce(0) { n, c in
            var k = 0, prev: UInt8 = 0
            for b in c.utf8 { if b &- 0x30 < 10 && !(prev &- 0x30 < 10) { k += 1 }; prev = b }
            return n + k
        }
        let withDigits = comments.filter { $0.utf8.contains { $0 &- 0x30 < 10 } }.count
        var findings = 0
        for c in comments.prefix(1000) { findings += scanner.scan(c).count }  // warm-up
        findings = 0
        var passes = 0
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = threadCPUSeconds()
        var elapsed = Duration.zero
        repeat {
            for c in comments { findings += scanner.scan(c).count }
            passes += 1
            elapsed = clock.now - start
        } while elapsed < .seconds(seconds)
        let cpu = threadCPUSeconds() - cpuStart
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // On a shared machine the thread's CPU time is the one-core figure; wall time is shown too.
        let rate = Double(comments.count * passes) / cpu
        let wallRate = Double(comments.count * passes) / wall
        let mbps = Double(bytes * passes) / cpu / 1_000_000
        let goal = target.map { " (target \($0.formatted()) comments/s: \(rate >= Double($0) ? "met" : "NOT met"))" } ?? ""
        print("pii: \(label): \(Int(rate).formatted()) comments/s, \(String(format: "%.0f", mbps)) MB/s of CPU time\(goal); "
              + "\(Int(wallRate).formatted())/s by the wall clock; "
              + "\(comments.count) comments, \(bytes / comments.count) bytes average, "
              + "\(100 * nonASCII / max(bytes, 1))% non-ASCII bytes, \(100 * withDigits / comments.count)% with a digit, "
              + String(format: "%.2f", Double(digitTokens) / Double(comments.count)) + " digit runs a comment, "
              + "\(findings / passes) findings a pass")
    }

}
