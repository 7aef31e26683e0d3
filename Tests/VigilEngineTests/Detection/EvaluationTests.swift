import Foundation
import Testing
@testable import VigilEngine

/// `vigil eval`'s scoring and output, on a small labelled file of invented comments
/// (Fixtures/eval/flagger-sample.jsonl): a6 is labelled clean but holds an insult, so it is
/// the one false alarm.
@Suite struct EvaluationTests {
    func sample() throws -> (labelled: [LabelledComment], evaluation: Evaluation) {
        let data = Data(try fixture("eval/flagger-sample.jsonl").utf8)
        let labelled = try LabelledComment.read(jsonl: data, fileName: "flagger-sample.jsonl")
        let comments = labelled.map { ImportedComment(platform: .other, platformID: $0.id, text: $0.text) }
        return (labelled, Evaluation(labelled: labelled, flags: builtInDetector.flags(for: comments)))
    }

    @Test func countsTruePositivesFalseAlarmsAndMissesPerCategory() throws {
        let (labelled, e) = try sample()
        #expect(labelled.count == 12)
        let spam = e.score(.spam)
        #expect(spam.truePositives == 3 && spam.falsePositives == 0 && spam.falseNegatives == 0)
        let abuse = e.score(.abuse)
        #expect(abuse.truePositives == 3)
        #expect(abuse.falsePositives == 1)
        #expect(abuse.falseNegatives == 0)
        #expect(abs(abuse.precision - 0.75) < 1e-9)
        #expect(abuse.recall == 1)
        #expect(abs(abuse.f1 - 6.0 / 7.0) < 1e-9)
        #expect(e.falseAlarms.map(\.id).contains("a6"))
        #expect(e.score(.safeguarding).truePositives == 1)
    }

    @Test func aCommercialFlagSatisfiesSpam() {
        let flag = Flag(category: .commercial, kind: "advert", rule: "commercial.advert", severity: .medium,
                        action: .delete, spans: [], explanation: "")
        let e = Evaluation(labelled: [LabelledComment(id: "x", text: "t", categories: [.spam])], flags: [[flag]])
        #expect(e.score(.spam).truePositives == 1)
        #expect(e.misses.isEmpty)
    }

    @Test func missesAreListedWithTheirIds() {
        let e = Evaluation(labelled: [LabelledComment(id: "m1", text: "quietly abusive", categories: [.abuse])], flags: [[]])
        #expect(e.misses.map(\.id) == ["m1"])
        #expect(e.score(.abuse).recall == 0)
    }

    @Test func theTableShowsEachCategoryAndWithShowErrorsTheIds() throws {
        let (_, e) = try sample()
        let table = e.table(fileName: "flagger-sample.jsonl", showErrors: true)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0] == "flagger-sample.jsonl: 12 comments")
        let abuseRow = try #require(lines.first { $0.hasPrefix("abuse ") })
        #expect(abuseRow.split(separator: " ").map(String.init) == ["abuse", "3", "4", "3", "1", "0", "0.750", "1.000", "0.857"])
        #expect(table.contains("false alarms ("))
        #expect(lines.contains { $0.contains("abuse  a6  [abuse.insult]") })
        #expect(!e.table(fileName: "f", showErrors: false).contains("false alarms"))
    }

    @Test func theJSONHoldsTheFiguresAndTheErrors() throws {
        let (_, e) = try sample()
        let object = try JSONSerialization.jsonObject(with: Data(e.json(fileName: "f.jsonl", showErrors: true).utf8)) as! [String: Any]
        #expect(object["comments"] as? Int == 12)
        let abuse = (object["categories"] as! [String: Any])["abuse"] as! [String: Any]
        #expect(abuse["tp"] as? Int == 3 && abuse["fp"] as? Int == 1 && abuse["precision"] as? Double == 0.75)
        let alarms = object["false_alarms"] as! [[String: Any]]
        #expect(alarms.contains { $0["id"] as? String == "a6" })
    }

    @Test func commentTextInTheTableCannotDriveTheTerminal() {
        let e = Evaluation(labelled: [LabelledComment(id: "x", text: "evil \u{1B}[2J\u{202E}text", categories: [.abuse])], flags: [[]])
        let table = e.table(fileName: "f", showErrors: true)
        #expect(!table.unicodeScalars.contains("\u{1B}"))
        #expect(!table.unicodeScalars.contains("\u{202E}"))
    }

    @Test func aBadLabelledFileNamesTheLine() {
        let data = Data("{\"id\": \"a\", \"text\": \"x\", \"categories\": []}\n\nnot json\n".utf8)
        #expect(throws: LabelledFileError(fileName: "bad.jsonl", line: 3, message: "not a JSON object; each line is {\"id\": ..., \"text\": ..., \"categories\": [...]}")) {
            try LabelledComment.read(jsonl: data, fileName: "bad.jsonl")
        }
        let unknown = Data("{\"id\": \"a\", \"text\": \"x\", \"categories\": [\"rudeness\"]}\n".utf8)
        #expect(throws: LabelledFileError.self) { try LabelledComment.read(jsonl: unknown, fileName: "u.jsonl") }
    }
}
