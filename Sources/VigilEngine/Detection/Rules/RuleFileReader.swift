import Foundation
import Yams

/// Reads a rules file (YAML) over a base rule set: new lists are added, named lists and
/// signals are changed key by key, word lists are extended (a sequence) or edited
/// (`add:` / `remove:` / `replace:`). Every problem is collected with its line; any
/// problem fails the whole file.
enum RuleFileReader {
    static func read(yaml: String, fileName: String, over base: RuleSet) throws(RuleFileError) -> RuleSet {
        var reader = Reader(base: base)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw RuleFileError(fileName: fileName, problems: [syntaxProblem(error)])
        }
        guard let root else {
            throw RuleFileError(fileName: fileName, problems: [.init(line: 0, column: 0, message: "the file is empty; a rules file is a YAML mapping (see Fixtures/rules/example-school.yaml)")])
        }
        reader.readRoot(root)
        reader.rules.source = fileName
        reader.validate()
        if !reader.problems.isEmpty { throw RuleFileError(fileName: fileName, problems: reader.problems) }
        return reader.rules
    }

    private static func syntaxProblem(_ error: Error) -> RuleFileError.Problem {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .init(line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let keys, let context):
            return .init(line: context.mark.line, column: context.mark.column,
                         message: "the key \(keys.map { "'\($0)'" }.joined(separator: ", ")) appears twice in one mapping")
        case .reader(let problem, _, _, _):
            return .init(line: 0, column: 0, message: "cannot be read: \(problem)")
        default:
            return .init(line: 0, column: 0, message: "not valid YAML: \(error)")
        }
    }
}

private struct Reader {
    var rules: RuleSet
    var problems: [RuleFileError.Problem] = []
    /// Where each entry a file added was written, to name its line when it is bad.
    var entryMarks: [String: Mark] = [:]
    var requireMarks: [String: Mark] = [:]
    var listMarks: [String: Mark] = [:]

    init(base: RuleSet) { rules = base }

    mutating func problem(_ node: Node?, _ message: String) {
        let mark = node?.mark
        problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    // MARK: top level

    static let topKeys = [
        "version", "lists", "allow", "terms", "signals", "personal_info", "published", "links",
        "roster", "sign_off", "blocking", "retention", "flooding",
    ]

    mutating func readRoot(_ root: Node) {
        guard let pairs = mapping(root, "the rules file") else { return }
        for (keyNode, value) in pairs {
            guard let key = keyNode.string else { problem(keyNode, "a key must be text"); continue }
            switch key {
            case "version":
                if let v = int(value, "version", range: 1...1) { _ = v }
            case "lists":
                guard let lists = mapping(value, "lists") else { continue }
                for (idNode, body) in lists { readList(idNode, body) }
            case "allow":
                rules.allow = edit(rules.allow, value, "allow")
            case "terms":
                guard let terms = mapping(value, "terms") else { continue }
                for (nameNode, body) in terms {
                    guard let name = nameNode.string, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                        problem(nameNode, "a term list's name is letters and '_' only (used as {name} in entries)")
                        continue
                    }
                    rules.terms[name] = edit(rules.terms[name] ?? [], body, "terms.\(name)")
                }
            case "signals":
                guard let signals = mapping(value, "signals") else { continue }
                for (idNode, body) in signals { readSignal(idNode, body) }
            case "personal_info":
                readPersonalInfo(value)
            case "published":
                readPublished(value)
            case "links":
                readKeys(value, "links", ["allowed_domains"]) { r, key, node in
                    r.rules.allowedLinkDomains = r.edit(r.rules.allowedLinkDomains, node, "links.allowed_domains")
                        .map { $0.lowercased() }
                }
            case "roster":
                if let path = string(value, "roster") {
                    if path.isEmpty { problem(value, "roster names a file of pupils' names; it is empty") } else { rules.rosterPath = path }
                }
            case "sign_off":
                readKeys(value, "sign_off", ["overdue_hours"]) { r, _, node in
                    if let v = r.int(node, "sign_off.overdue_hours", range: 1...8760) { r.rules.settings.signOffOverdueHours = v }
                }
            case "blocking":
                readKeys(value, "blocking", ["threshold", "window_days"]) { r, key, node in
                    if key == "threshold", let v = r.int(node, "blocking.threshold", range: 1...1000) { r.rules.settings.blockingThreshold = v }
                    if key == "window_days", let v = r.int(node, "blocking.window_days", range: 1...3650) { r.rules.settings.blockingWindowDays = v }
                }
            case "retention":
                readKeys(value, "retention", ["unflagged_days", "evidence_days"]) { r, key, node in
                    if key == "unflagged_days", let v = r.int(node, "retention.unflagged_days", range: 1...3650) { r.rules.settings.retentionUnflaggedDays = v }
                    if key == "evidence_days", let v = r.int(node, "retention.evidence_days", range: 1...36500) { r.rules.settings.retentionEvidenceDays = v }
                }
            case "flooding":
                readKeys(value, "flooding", ["min_copies", "min_letters"]) { r, key, node in
                    if key == "min_copies", let v = r.int(node, "flooding.min_copies", range: 2...1000) { r.rules.settings.floodingMinimumCopies = v }
                    if key == "min_letters", let v = r.int(node, "flooding.min_letters", range: 1...1000) { r.rules.settings.floodingMinimumLetters = v }
                }
            default:
                unknownKey(keyNode, key, in: "the rules file", expected: Self.topKeys)
            }
        }
    }

    // MARK: lists

    static let listKeys = [
        "category", "kind", "severity", "action", "clause", "description", "label", "words",
        "requires", "condition", "min_matches", "enabled",
    ]

    mutating func readList(_ idNode: Node, _ body: Node) {
        guard let id = idNode.string, isRuleID(id) else {
            problem(idNode, "a list id is lower-case words joined by '.', '-' or '_' (e.g. abuse.local-insults)")
            return
        }
        guard let pairs = mapping(body, "lists.\(id)") else { return }
        if let mark = idNode.mark { listMarks[id] = mark }
        let existing = rules.lists.firstIndex { $0.id == id }
        var list = existing.map { rules.lists[$0] } ?? WordList(
            id: id,
            flag: FlagTemplate(category: .abuse, kind: Self.defaultKind(id), severity: .medium, action: .delete,
                               clause: "", description: Self.defaultKind(id), label: Self.defaultKind(id)),
            words: [])
        var given = Set<String>()
        for (keyNode, value) in pairs {
            guard let key = keyNode.string else { problem(keyNode, "a key must be text"); continue }
            given.insert(key)
            let path = "lists.\(id).\(key)"
            switch key {
            case "words":
                list.words = edit(list.words, value, path)
            case "requires":
                list.requires = edit(list.requires, value, path)
                if let mark = value.mark { requireMarks[id] = mark }
            case "condition":
                if let b = bool(value, path) { list.isCondition = b }
            case "min_matches":
                if let v = int(value, path, range: 1...100) { list.minimumMatches = v }
            case "enabled":
                if let b = bool(value, path) { list.enabled = b }
            default:
                if !readFlagKey(key, value, path, into: &list.flag, allowCategory: true) {
                    unknownKey(keyNode, key, in: "lists.\(id)", expected: Self.listKeys)
                }
            }
        }
        if let existing {
            rules.lists[existing] = list
        } else {
            let needed = list.isCondition ? ["words"] : ["category", "severity", "action", "clause", "words"]
            let missing = needed.filter { !given.contains($0) }
            if !missing.isEmpty {
                problem(idNode, "the new list '\(id)' needs \(missing.joined(separator: ", ")) (only lists of the built-in rules may leave them out)")
            }
            rules.lists.append(list)
        }
    }

    /// Reads one of the keys every flag-raising rule has; false when `key` is not one.
    mutating func readFlagKey(_ key: String, _ value: Node, _ path: String, into flag: inout FlagTemplate, allowCategory: Bool) -> Bool {
        switch key {
        case "category" where allowCategory:
            if let c: Category = choice(value, path) { flag.category = c }
        case "kind":
            if let s = string(value, path) {
                if isRuleID(s) { flag.kind = s } else { problem(value, "\(path) is lower-case words joined by '-' (e.g. racist)") }
            }
        case "severity":
            if let s: Severity = choice(value, path) { flag.severity = s }
        case "action":
            if let a: RecommendedAction = choice(value, path) { flag.action = a }
        case "clause":
            if let s = nonEmpty(value, path) { flag.clause = s }
        case "description":
            if let s = nonEmpty(value, path) { flag.description = s }
        case "label":
            if let s = nonEmpty(value, path) { flag.label = s }
        default:
            return false
        }
        return true
    }

    static func defaultKind(_ id: String) -> String {
        id.split(separator: ".").last.map(String.init) ?? id
    }

    // MARK: signals, personal information, contacts

    mutating func readSignal(_ idNode: Node, _ body: Node) {
        guard let id = idNode.string, let index = rules.signals.firstIndex(where: { $0.id == id }) else {
            problem(idNode, "there is no signal '\(idNode.string ?? "")'; signals are \(SignalRule.knownIDs.joined(separator: ", "))")
            return
        }
        readKeys(body, "signals.\(id)", ["severity", "action", "clause", "description", "label", "kind", "enabled"]) { r, key, node in
            if key == "enabled" {
                if let b = r.bool(node, "signals.\(id).enabled") { r.rules.signals[index].enabled = b }
            } else {
                var flag = r.rules.signals[index].flag
                _ = r.readFlagKey(key, node, "signals.\(id).\(key)", into: &flag, allowCategory: false)
                r.rules.signals[index].flag = flag
            }
        }
    }

    mutating func readPersonalInfo(_ value: Node) {
        readKeys(value, "personal_info", ["clause", "action", "severity", "kinds", "enabled"]) { r, key, node in
            let path = "personal_info.\(key)"
            switch key {
            case "clause": if let s = r.nonEmpty(node, path) { r.rules.personalInfo.clause = s }
            case "action": if let a: RecommendedAction = r.choice(node, path) { r.rules.personalInfo.action = a }
            case "severity": if let s: Severity = r.choice(node, path) { r.rules.personalInfo.defaultSeverity = s }
            case "enabled": if let b = r.bool(node, path) { r.rules.personalInfo.enabled = b }
            default:
                guard let kinds = r.mapping(node, path) else { return }
                for (kindNode, severityNode) in kinds {
                    guard let kind = kindNode.string.flatMap(PersonalInfoKind.init(rawValue:)) else {
                        r.problem(kindNode, "there is no personal-information kind '\(kindNode.string ?? "")'; kinds are \(PersonalInfoKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    if let s: Severity = r.choice(severityNode, "\(path).\(kind.rawValue)") { r.rules.personalInfo.severities[kind] = s }
                }
            }
        }
    }

    mutating func readPublished(_ value: Node) {
        readKeys(value, "published", ["phones", "emails", "addresses"]) { r, key, node in
            let path = "published.\(key)"
            switch key {
            case "phones": r.rules.published.phones = r.edit(r.rules.published.phones, node, path)
            case "emails":
                let emails = r.edit(r.rules.published.emails, node, path)
                for e in emails where !e.contains("@") { r.problem(node, "\(path): '\(e)' is not an e-mail address") }
                r.rules.published.emails = emails
            default: r.rules.published.addresses = r.edit(r.rules.published.addresses, node, path)
            }
        }
    }

    // MARK: checks across the whole file

    /// Checks what only makes sense once every key is read: entries compile, `{terms}`
    /// exist, `requires` names a condition.
    mutating func validate() {
        let normaliser = Normaliser()
        let conditionNames = Set(ConditionSignals.names + rules.lists.filter(\.isCondition).map(\.id))
        var usedTerms = Set<String>()
        for list in rules.lists {
            let listMark = listMarks[list.id]
            if list.words.isEmpty && list.enabled {
                problems.append(.init(line: listMark?.line ?? 0, column: listMark?.column ?? 0, message: "lists.\(list.id) has no words; give some or set enabled: false"))
            }
            for entry in list.words {
                let mark = entryMarks[entry]
                for name in TermExpansion.placeholders(in: entry) where rules.terms[name] == nil {
                    problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0,
                                          message: "lists.\(list.id): '\(entry)' uses {\(name)}, but there is no term list '\(name)' under terms"))
                }
                // The entry with each term list standing in by its first term; the terms
                // themselves are checked once each, below.
                let names = TermExpansion.placeholders(in: entry)
                var sample = entry
                for name in names { if let first = rules.terms[name]?.first { sample = sample.replacingOccurrences(of: "{\(name)}", with: first) } }
                if names.allSatisfy({ rules.terms[$0] != nil }),
                   case .failure(let why) = Pattern.compile(sample, list: 0, allow: false, normaliser: normaliser) {
                    problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0, message: "lists.\(list.id): the entry '\(entry)' \(why.rawValue)"))
                }
                usedTerms.formUnion(names)
            }
            for name in list.requires where !conditionNames.contains(name) {
                let mark = requireMarks[list.id]
                problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0,
                                      message: "lists.\(list.id) requires '\(name)', which is neither a signal (\(ConditionSignals.names.joined(separator: ", "))) nor a list with condition: true"))
            }
        }
        for name in usedTerms.sorted() {
            for term in rules.terms[name] ?? [] {
                if case .failure(let why) = Pattern.compile(term, list: 0, allow: false, normaliser: normaliser) {
                    let mark = entryMarks[term]
                    problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0, message: "terms.\(name): the term '\(term)' \(why.rawValue)"))
                }
            }
        }
        for entry in rules.allow {
            if case .failure(let why) = Pattern.compile(entry, list: -1, allow: true, normaliser: normaliser) {
                let mark = entryMarks[entry]
                problems.append(.init(line: mark?.line ?? 0, column: mark?.column ?? 0, message: "allow: the entry '\(entry)' \(why.rawValue)"))
            }
        }
    }

    // MARK: typed values

    func isRuleID(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    mutating func mapping(_ node: Node, _ what: String) -> [(Node, Node)]? {
        if case .mapping(let m) = node { return Array(m) }
        problem(node, "\(what) should be a mapping of keys to values")
        return nil
    }

    mutating func readKeys(_ node: Node, _ path: String, _ keys: [String], _ body: (inout Reader, String, Node) -> Void) {
        guard let pairs = mapping(node, path) else { return }
        for (keyNode, value) in pairs {
            guard let key = keyNode.string, keys.contains(key) else {
                unknownKey(keyNode, keyNode.string ?? "", in: path, expected: keys)
                continue
            }
            body(&self, key, value)
        }
    }

    mutating func unknownKey(_ node: Node, _ key: String, in path: String, expected: [String]) {
        let near = expected.min { editDistance($0, key) < editDistance($1, key) }
        let hint = near.flatMap { editDistance($0, key) <= 2 ? " (did you mean '\($0)'?)" : nil } ?? ""
        problem(node, "unknown key '\(key)' in \(path)\(hint); expected one of: \(expected.joined(separator: ", "))")
    }

    mutating func string(_ node: Node, _ path: String) -> String? {
        if case .scalar(let s) = node { return s.string }
        problem(node, "\(path) should be text")
        return nil
    }

    mutating func nonEmpty(_ node: Node, _ path: String) -> String? {
        guard let s = string(node, path) else { return nil }
        if s.trimmingCharacters(in: .whitespaces).isEmpty { problem(node, "\(path) is empty"); return nil }
        return s
    }

    mutating func int(_ node: Node, _ path: String, range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let s) = node, let v = Int(s.string) else {
            problem(node, "\(path) should be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        if !range.contains(v) {
            problem(node, "\(path) is \(v); it should be from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return v
    }

    mutating func bool(_ node: Node, _ path: String) -> Bool? {
        if case .scalar(let s) = node {
            switch s.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        problem(node, "\(path) should be true or false")
        return nil
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ path: String) -> T? where T.RawValue == String {
        if case .scalar(let s) = node, let v = T(rawValue: s.string) { return v }
        problem(node, "\(path) is '\(node.string ?? "?")'; it should be one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// A list of texts: a sequence extends `current`; a mapping edits it with `add:`,
    /// `remove:` and `replace:`.
    mutating func edit(_ current: [String], _ node: Node, _ path: String) -> [String] {
        switch node {
        case .sequence:
            return Self.merged(current, adding: texts(node, path))
        case .mapping(let m):
            var result = current
            for (keyNode, value) in m {
                switch keyNode.string {
                case "replace": result = texts(value, "\(path).replace")
                case "add": result = Self.merged(result, adding: texts(value, "\(path).add"))
                case "remove":
                    for (item, itemNode) in zip(texts(value, "\(path).remove"), sequenceNodes(value)) {
                        if let i = result.firstIndex(where: { $0.caseInsensitiveCompare(item) == .orderedSame }) {
                            result.remove(at: i)
                        } else {
                            problem(itemNode, "\(path).remove: '\(item)' is not in the list")
                        }
                    }
                default:
                    unknownKey(keyNode, keyNode.string ?? "", in: path, expected: ["add", "remove", "replace"])
                }
            }
            return result
        default:
            problem(node, "\(path) should be a list ([a, b] or lines starting '- '), or a mapping with add:, remove: or replace:")
            return current
        }
    }

    private func sequenceNodes(_ node: Node) -> [Node] {
        if case .sequence(let s) = node { return Array(s) }
        return []
    }

    private mutating func texts(_ node: Node, _ path: String) -> [String] {
        guard case .sequence(let items) = node else {
            problem(node, "\(path) should be a list ([a, b] or lines starting '- ')")
            return []
        }
        var out: [String] = []
        for item in items {
            guard case .scalar(let s) = item else { problem(item, "\(path): each item should be text"); continue }
            // Foundation's trimming is slow, and a rule set has thousands of items: only trim
            // what has space at an end.
            let raw = s.string
            let padded = raw.unicodeScalars.first.map(CharacterSet.whitespaces.contains) == true
                || raw.unicodeScalars.last.map(CharacterSet.whitespaces.contains) == true
            let text = padded ? raw.trimmingCharacters(in: .whitespaces) : raw
            if text.isEmpty { problem(item, "\(path): an item is empty"); continue }
            if let mark = item.mark { entryMarks[text] = mark }
            out.append(text)
        }
        return out
    }

    private static func merged(_ current: [String], adding: [String]) -> [String] {
        var result = current
        var seen = Set(current.map { $0.lowercased() })
        for item in adding where seen.insert(item.lowercased()).inserted { result.append(item) }
        return result
    }
}

private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
