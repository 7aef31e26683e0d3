import Testing
@testable import VigilEngine

/// A school's rules file: what it can extend and override, and every mistake reported with
/// its line, never a silent fall-back to the defaults.
@Suite struct RuleFileTests {
    func problems(_ yaml: String) -> [RuleFileError.Problem] {
        do {
            _ = try RuleSet.load(yaml: yaml, fileName: "school.yaml")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func theBuiltInRulesLoadAndCiteAClauseForEveryFlag() throws {
        let rules = RuleSet.builtIn()
        #expect(rules.lists.count > 20)
        for list in rules.lists where !list.isCondition {
            #expect(!list.flag.clause.isEmpty, "\(list.id)")
            #expect(list.id.hasPrefix(list.flag.category.rawValue), "\(list.id) is in \(list.flag.category)")
        }
        for signal in rules.signals { #expect(!signal.flag.clause.isEmpty, "\(signal.id)") }
        _ = try Detector(rules: rules)
    }

    @Test func settingsHaveTheirDefaultsAndTypedNames() {
        let s = RuleSet.builtIn().settings
        #expect(s.signOffOverdueHours == 72)
        #expect(s.blockingThreshold == 3)
        #expect(s.blockingWindowDays == 90)
        #expect(s.retentionUnflaggedDays == 90)
        #expect(s.retentionEvidenceDays == 365)
    }

    @Test func theExampleSchoolFileLoadsAndChangesWhatItSays() throws {
        let rules = try RuleSet.load(yaml: try fixture("rules/example-school.yaml"), fileName: "example-school.yaml")
        #expect(rules.settings.signOffOverdueHours == 48)
        #expect(rules.settings.blockingWindowDays == 60)
        #expect(rules.list("abuse.mild")?.flag.severity == .medium)
        #expect(rules.list("abuse.mild")?.words.contains("bloody hell") == false)
        #expect(rules.list("abuse.insult")?.words.contains("numpty") == true)
        #expect(rules.list("abuse.insult")?.words.contains("idiot*") == true, "extended, not replaced")
        #expect(rules.list("spam.engagement-bait")?.enabled == false)
        #expect(rules.signal("spam.link")?.flag.severity == .medium)
        #expect(rules.rosterPath == "example-roster.txt")
        #expect(rules.published.phones == ["01632 960 123"])
        #expect(rules.personalInfo.severity(for: .postcode) == .low)
        #expect(rules.terms["groups"]?.contains("goths") == true)
        let d = try Detector(rules: rules)
        #expect(d.flags(forText: "what a swot").map(\.rule) == ["abuse.local-nicknames"])
        #expect(d.flags(forText: "sub4sub please").isEmpty)
        #expect(d.flags(forText: "kill all goths").map(\.rule) == ["abuse.hate"])
    }

    @Test func wordsCanBeReplacedAndOverridesApplyKeyByKey() throws {
        let rules = try RuleSet.load(yaml: """
            lists:
              abuse.profanity:
                action: hide
                words:
                  replace: [blimey]
            """, fileName: "school.yaml")
        let profanity = try #require(rules.list("abuse.profanity"))
        #expect(profanity.words == ["blimey"])
        #expect(profanity.flag.action == .hide)
        #expect(profanity.flag.severity == .medium, "untouched keys keep the built-in value")
        let d = try Detector(rules: rules)
        #expect(d.flags(forText: "blimey").first?.action == .hide)
        #expect(!d.flags(forText: "fuck").contains { $0.rule == "abuse.profanity" })
    }

    @Test func everyProblemOfABadFileIsReportedWithItsLine() throws {
        let found = problems(try fixture("rules/bad-many.yaml"))
        let lines = found.map(\.line)
        #expect(lines == [4, 5, 6, 14, 15, 15, 15, 17, 20, 22, 24], "\(found)")
        #expect(found[0].message.contains("unknown key 'severty'") && found[0].message.contains("did you mean 'severity'"))
        #expect(found[1].message.contains("obliterate") && found[1].message.contains("keep, reply, hide, delete, block, escalate"))
        #expect(found[2].message.contains("needs category, severity, action, clause"))
        #expect(found[3].message.contains("requires 'sunshine'"))
        #expect(found[4].message.contains("'bad*word'"))
        #expect(found[5].message.contains("{nosuchterms}"))
        #expect(found[6].message.contains("'###'"))
        #expect(found[7].message.contains("no signal 'spam.teleport'"))
        #expect(found[8].message.contains("-5"))
        #expect(found[9].message.contains("blocking.threshold"))
        #expect(found[10].message.contains("not-an-address"))
    }

    @Test func syntaxErrorsAndFilesThatAreNotAMappingAreRefused() throws {
        let syntax = problems(try fixture("rules/bad-syntax.yaml"))
        #expect(syntax.count == 1 && syntax[0].line > 0 && syntax[0].message.hasPrefix("not valid YAML"))
        #expect(problems(try fixture("rules/bad-empty.yaml")).first?.message.contains("empty") == true)
        #expect(problems(try fixture("rules/bad-top-level.yaml")).first?.line == 1)
        let duplicate = problems("sign_off:\n  overdue_hours: 4\nsign_off:\n  overdue_hours: 5\n")
        #expect(duplicate.first?.message.contains("appears twice") == true)
    }

    @Test func theErrorPrintsOneLinePerProblemWithFileLineAndColumn() {
        do {
            _ = try RuleSet.load(yaml: "version: 1\nblocking:\n  threshold: 0\n", fileName: "rules.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "rules.yaml:3:14: blocking.threshold is 0; it should be from 1 to 1000")
        }
    }

    @Test func rulesShowPrintsYAMLThatReadsBackToTheSameRules() throws {
        let school = try RuleSet.load(yaml: try fixture("rules/example-school.yaml"), fileName: "example-school.yaml")
        for rules in [RuleSet.builtIn(), school] {
            // Read over nothing but the signals the code knows: the printed set is complete.
            var again = try RuleFileReader.read(yaml: rules.yaml, fileName: rules.source, over: DefaultRules.base)
            again.source = rules.source
            #expect(again == rules)
        }
    }
}
