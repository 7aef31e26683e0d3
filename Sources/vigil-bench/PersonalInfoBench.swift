// The personal-information scanner's speed on generated comments: typical (mostly ASCII,
// 30-300 characters, now and then a number or a personal detail) and mostly non-ASCII.
import Foundation
import VigilEngine

func personalInfoBenchmark() -> Benchmark {
    Benchmark(
        name: "pii",
        summary: "personal-information scanner, comments/s and MB/s on one core (target 2,000,000/s typical)",
        run: runPersonalInfoBenchmark)
}

private func runPersonalInfoBenchmark() {
    let typical = PersonalInfoCorpus.comments(count: 100_000, nonASCII: false, seed: 1)
    let foreign = PersonalInfoCorpus.comments(count: 100_000, nonASCII: true, seed: 2)
    let plain = PersonalInfoScanner()
    let school = PersonalInfoScanner(config: PersonalInfoCorpus.schoolConfig)
    PersonalInfoCorpus.measure("typical comments, default config", typical, plain, target: 2_000_000)
    PersonalInfoCorpus.measure("mostly non-ASCII comments, default config", foreign, plain, target: 400_000)
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

    static let ascii = [
        "Lovely assembly today, well done everyone.", "Is there school on Monday with the snow?",
        "Thank you to all the staff for a brilliant year!", "My 3 kids loved the trip to the farm.",
        "Year 6 leavers assembly was so emotional", "Can we have more notice for non-uniform days please",
        "What time does the disco finish? Pick up at 7:30 is late for the little ones.",
        "Tickets are £5 each or £15 for a family, raffle at 2.30pm.", "Well done to the under 11s, 4-2 win!",
        "Reminder: PE kit on Tuesdays and Thursdays.", "The new playground looks amazing 😍",
        "Why is the car park always full at 3? Someone will get hurt.", "Class of 2019 reunion anyone?",
        "She got 47/60 in the mock, so proud.", "Parents evening is on 05.11.2024 in the hall.",
        "Homework club has moved to Room 12.", "Sports day results: Red 120, Blue 115.",
        "Any spare costumes for World Book Day? Size 7-8 please", "Such a shame the fete was cancelled",
        "Who's doing the 5k on Sunday? Meet at the gate at 9.",
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

    /// Deterministic comments of 30-300 characters.
    static func comments(count: Int, nonASCII: Bool, seed: UInt64) -> [String] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
        let pool = nonASCII ? foreignText : ascii
        return (0..<count).map { _ in
            let target = 30 + next(271)
            var s = ""
            while s.count < target {
                if !s.isEmpty { s += " " }
                s += next(100) < 4 ? details[next(details.count)] : pool[next(pool.count)]
            }
            return String(s.prefix(300))
        }
    }

    /// Scans `comments` repeatedly for at least a second and prints the rate.
    static func measure(_ label: String, _ comments: [String], _ scanner: PersonalInfoScanner, target: Int?) {
        let bytes = comments.reduce(0) { $0 + $1.utf8.count }
        let nonASCII = comments.reduce(0) { $0 + $1.utf8.filter { $0 >= 0x80 }.count }
        var findings = 0
        for c in comments.prefix(1000) { findings += scanner.scan(c).count }  // warm-up
        findings = 0
        var passes = 0
        let clock = ContinuousClock()
        let start = clock.now
        var elapsed = Duration.zero
        repeat {
            for c in comments { findings += scanner.scan(c).count }
            passes += 1
            elapsed = clock.now - start
        } while elapsed < .seconds(1)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(comments.count * passes) / seconds
        let mbps = Double(bytes * passes) / seconds / 1_000_000
        let goal = target.map { " (target \($0.formatted()) comments/s: \(rate >= Double($0) ? "met" : "NOT met"))" } ?? ""
        print("pii: \(label): \(Int(rate).formatted()) comments/s, \(String(format: "%.0f", mbps)) MB/s\(goal); "
              + "\(comments.count) comments, \(bytes / comments.count) bytes average, "
              + "\(100 * nonASCII / max(bytes, 1))% non-ASCII bytes, \(findings / passes) findings a pass")
    }
}
