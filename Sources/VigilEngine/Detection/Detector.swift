import Dispatch
import Foundation

/// Flags comments by a rule set: word lists through one matcher, links, flooding across a
/// batch, conditions (staff named, prices) and the personal-information scanner.
///
/// Build one per rule set (compiling takes milliseconds) and share it: it is immutable, and
/// `flags(for:)` spreads a large batch over the machine's cores. Same input, same flags in
/// the same order: most severe first, then by category and rule id.
public final class Detector: Flagger {
    public let rules: RuleSet
    private let matcher: WordMatcher
    /// The enabled word lists, indexed as the matcher's list numbers.
    private let lists: [WordList]
    /// The personal-information scanner, reading the bytes the detector already holds.
    private let personalInfoScanner: PersonalInfoScanner?
    /// A stand-in for the scanner in tests of how findings become flags.
    private let personalInfoStandIn: (@Sendable (String) -> [PersonalInfoFinding])?
    private let linkRules: [LinkScanner.Kind: SignalRule]
    private let floodingRule: SignalRule?
    private let allowedDomains: [String]
    /// Per enabled list: the condition bit it sets when it matches (0 for none), and the bits
    /// of which it needs one. The low bits are the signals (`ConditionSignals`).
    private let conditionBit: [UInt64]
    private let requiredBits: [UInt64]
    /// Per enabled list, made once: its explanation ("clause: description") and what a
    /// dressed-up match is read as ("a profanity").
    private let listExplanations: [String]
    private let listReadAs: [String]

    /// Batches at least this large are split over the cores.
    static let parallelThreshold = 2_048

    /// Compiles `rules`. Throws `DetectorError` when a list entry cannot be matched (rule sets
    /// from `RuleSet.load` have been checked already, so only hand-built ones can fail).
    public convenience init(rules: RuleSet) throws {
        try self.init(rules: rules, scanner: PersonalInfoScanner(config: rules.personalInfoConfig), standIn: nil)
    }

    /// With the scanner replaced: for tests of how findings become flags.
    convenience init(rules: RuleSet, scanPersonalInfo: @escaping @Sendable (String) -> [PersonalInfoFinding]) throws {
        try self.init(rules: rules, scanner: nil, standIn: scanPersonalInfo)
    }

    private init(
        rules: RuleSet, scanner: PersonalInfoScanner?, standIn: (@Sendable (String) -> [PersonalInfoFinding])?
    ) throws {
        self.rules = rules
        let enabled = rules.lists.filter(\.enabled)
        var entries: [(list: Int, text: String)] = []
        for (index, list) in enabled.enumerated() {
            for word in list.words { entries.append((index, word)) }
        }
        do {
            // Only swear words are read from a first letter and masks (f***, s***).
            let swearLists = Set(enabled.indices.filter { ["profanity", "mild-profanity"].contains(enabled[$0].flag.kind) })
            matcher = try WordMatcher(entries: entries, allowed: rules.allow, terms: rules.terms, firstLetterMaskLists: swearLists)
        } catch {
            throw DetectorError(problems: error.entries.map { bad in
                let where_ = bad.list.map { "lists.\(enabled[$0].id)" } ?? "allow"
                return "\(where_): the entry '\(bad.entry)' \(bad.problem.rawValue)"
            })
        }
        lists = enabled
        var bits: [String: UInt64] = [:]
        for (i, name) in ConditionSignals.names.enumerated() { bits[name] = 1 << UInt64(i) }
        for list in enabled where list.isCondition && bits[list.id] == nil && bits.count < 64 {
            bits[list.id] = 1 << UInt64(bits.count)
        }
        conditionBit = enabled.map { $0.isCondition ? bits[$0.id] ?? 0 : 0 }
        requiredBits = enabled.map { list in list.requires.reduce(0) { $0 | (bits[$1] ?? 0) } }
        listExplanations = enabled.map { Self.explanation($0.flag) }
        listReadAs = enabled.map { "\(Self.article($0.flag.label)) \($0.flag.label)" }
        personalInfoScanner = scanner
        personalInfoStandIn = standIn
        var linkRules: [LinkScanner.Kind: SignalRule] = [:]
        for (kind, id) in [(LinkScanner.Kind.plain, "spam.link"), (.shortener, "spam.shortener"), (.messagingInvite, "spam.messaging-invite")] {
            if let rule = rules.signal(id), rule.enabled { linkRules[kind] = rule }
        }
        self.linkRules = linkRules
        floodingRule = rules.signal("spam.flooding").flatMap { $0.enabled ? $0 : nil }
        allowedDomains = rules.allowedLinkDomains + rules.published.emails.compactMap { email in
            email.split(separator: "@").last.map { $0.lowercased() }
        }
    }

    /// The flags for each comment, in the order given.
    public func flags(for comments: [ImportedComment]) -> [[Flag]] {
        let n = comments.count
        var results = [[Flag]](repeating: [], count: n)
        var prints = [UInt64](repeating: 0, count: n)
        let minimumLetters = rules.settings.floodingMinimumLetters
        let workers = n >= Self.parallelThreshold ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        results.withUnsafeMutableBufferPointer { resultBuffer in
            prints.withUnsafeMutableBufferPointer { printBuffer in
                nonisolated(unsafe) let out = resultBuffer
                nonisolated(unsafe) let fingerprints = printBuffer
                let chunks = workers == 1 ? 1 : workers * 8
                let size = (n + chunks - 1) / max(chunks, 1)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var scratch = Scratch()
                    let lo = chunk * size
                    let hi = min(n, lo + size)
                    guard lo < hi else { return }
                    for i in lo..<hi {
                        out[i] = self.flags(comments[i].text, post: comments[i].post, &scratch)
                        fingerprints[i] = Flooding.fingerprint(scratch.normaliser.output, minimumLetters: minimumLetters)
                    }
                }
            }
        }
        if let rule = floodingRule {
            for group in Flooding.groups(fingerprints: prints, comments: comments, minimumCopies: rules.settings.floodingMinimumCopies) {
                let who = group.authors >= 2 ? "\(group.authors) authors" : "\(group.posts) posts"
                for i in group.members {
                    let length = comments[i].text.unicodeScalars.count
                    results[i].append(Self.flag(rule.id, rule.flag, spans: [Span(start: 0, end: length)],
                                                detail: "the same text \(group.members.count) times from \(who) in this batch"))
                    results[i].sort(by: Self.order)
                }
            }
        }
        return results
    }

    /// The flags for one text on its own (no flooding: that needs a batch).
    public func flags(forText text: String) -> [Flag] {
        var scratch = Scratch()
        return flags(text, post: nil, &scratch)
    }

    private func flags(_ text: String, post: PostRef?, _ scratch: inout Scratch) -> [Flag] {
        var copy = text
        return copy.withUTF8 { bytes in flags(utf8: bytes, text: text, post: post, &scratch) }
    }

    private func flags(utf8 bytes: UnsafeBufferPointer<UInt8>, text: String, post: PostRef?, _ s: inout Scratch) -> [Flag] {
        s.normaliser.normalise(utf8: bytes)
        // Emptying an empty array still costs a call, and most comments leave these empty.
        if !s.matches.isEmpty { s.matches.removeAll(keepingCapacity: true) }
        matcher.matches(in: s.normaliser.output, into: &s.matches, parts: &s.parts)
        if !s.links.isEmpty { s.links.removeAll(keepingCapacity: true) }
        LinkScanner.scan(bytes, into: &s.links)
        let ascii = s.normaliser.output.codePointCount == bytes.count
        var flags: [Flag] = []

        if !s.matches.isEmpty {
            wordListFlags(bytes, text: text, ascii: ascii, &s, into: &flags)
        }
        // Most comments hold no link: then the link rules are not even looked at.
        if !s.links.isEmpty {
            linkFlags(s.links, bytes, post: post, ascii: ascii, into: &flags)
        }
        if rules.personalInfo.enabled {
            personalInfoFlags(bytes, text: text, into: &flags)
        }
        if flags.count > 1 { flags.sort(by: Self.order) }
        return flags
    }

    private func wordListFlags(
        _ bytes: UnsafeBufferPointer<UInt8>, text: String, ascii: Bool, _ s: inout Scratch, into flags: inout [Flag]
    ) {
        // Conditions first: which condition lists matched, then (only if a list needs one)
        // what code finds.
        var satisfied: UInt64 = 0
        var needsConditions = false
        for m in s.matches {
            satisfied |= conditionBit[Int(m.list)]
            if requiredBits[Int(m.list)] != 0 { needsConditions = true }
        }
        if needsConditions {
            if !s.links.isEmpty { satisfied |= ConditionSignals.linkBit }
            if TextConditions.hasPrice(bytes) { satisfied |= ConditionSignals.priceBit }
            s.staff.removeAll(keepingCapacity: true)
            TextConditions.staffReferences(bytes, into: &s.staff)
            if !s.staff.isEmpty { satisfied |= ConditionSignals.staffBit }
        }
        s.matches.sort { ($0.list, $0.span) < ($1.list, $1.span) }
        var i = 0
        while i < s.matches.count {
            let index = Int(s.matches[i].list)
            var j = i + 1
            while j < s.matches.count && s.matches[j].list == s.matches[i].list { j += 1 }
            defer { i = j }
            // Read in place: a copy of the list would retain each of its fields.
            if lists[index].isCondition { continue }
            if requiredBits[index] != 0 && requiredBits[index] & satisfied == 0 { continue }
            let found = s.matches[i..<j]
            let minimumMatches = lists[index].minimumMatches
            if minimumMatches > 1 && Set(found.map { matcher.source(of: $0).entry }).count < minimumMatches { continue }
            var spans: [Span] = []
            for m in found where spans.last != m.span { spans.append(m.span) }
            var explanation = listExplanations[index]
            if let shown = found.first(where: \.obfuscated) {
                let excerpt = ascii ? Self.excerpt(ascii: bytes, shown.span) : Self.excerpt(text, shown.span)
                explanation += "; '\(excerpt)' read as \(listReadAs[index])"
            }
            flags.append(Self.flag(lists[index].id, lists[index].flag, spans: spans, explanation: explanation))
        }
    }

    private func linkFlags(
        _ links: [LinkScanner.Link], _ bytes: UnsafeBufferPointer<UInt8>, post: PostRef?, ascii: Bool, into flags: inout [Flag]
    ) {
        for (kind, rule) in linkRules {
            let found = links.filter { link in
                link.kind == kind && !link.isTimestamp && !allowedDomains.contains { LinkScanner.host(link.host, isWithin: $0) }
                    && !Self.pointsAt(post, link, bytes)
            }
            guard let first = found.first else { continue }
            let spans = found.map { Self.span(bytes, $0.start..<$0.end, ascii: ascii) }
            flags.append(Self.flag(rule.id, rule.flag, spans: spans, detail: "goes to \(first.host)"))
        }
    }

    private func personalInfoFlags(_ bytes: UnsafeBufferPointer<UInt8>, text: String, into flags: inout [Flag]) {
        let findings = personalInfoScanner?.scan(utf8: bytes) ?? personalInfoStandIn?(text) ?? []
        if findings.isEmpty { return }
        var byKind: [PersonalInfoKind: [Span]] = [:]
        for f in findings { byKind[f.kind, default: []].append(f.span) }
        let pi = rules.personalInfo
        for kind in PersonalInfoKind.allCases {
            guard let spans = byKind[kind] else { continue }
            flags.append(Flag(
                category: .personalInfo, kind: kind.rawValue, rule: "personal-info.\(kind.rawValue)",
                severity: pi.severity(for: kind), action: pi.action, spans: spans.sorted(),
                explanation: "\(pi.clause): personal information — \(kind.label)"))
        }
    }

    private static func flag(_ id: String, _ t: FlagTemplate, spans: [Span], detail: String) -> Flag {
        flag(id, t, spans: spans, explanation: explanation(t) + (detail.isEmpty ? "" : "; \(detail)"))
    }

    private static func flag(_ id: String, _ t: FlagTemplate, spans: [Span], explanation: String) -> Flag {
        Flag(category: t.category, kind: t.kind, rule: id, severity: t.severity, action: t.action, spans: spans, explanation: explanation)
    }

    /// "clause: description", what every flag's explanation opens with.
    private static func explanation(_ t: FlagTemplate) -> String { "\(t.clause): \(t.description)" }

    /// Most severe first, then by category and rule id.
    static func order(_ a: Flag, _ b: Flag) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.category != b.category { return a.category < b.category }
        return a.rule < b.rule
    }

    /// Whether a link goes to the very post the comment is on (a YouTube comment linking its
    /// own video, a Facebook comment linking its post): a reference, not promotion.
    private static func pointsAt(_ post: PostRef?, _ link: LinkScanner.Link, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let id = post?.platformID, id.utf8.count >= 6 else { return false }
        let address = UnsafeBufferPointer(rebasing: bytes[link.start..<link.end])
        let needle = Array(id.utf8)
        guard address.count >= needle.count else { return false }
        for start in 0...(address.count - needle.count) where address[start] == needle[0] {
            if (0..<needle.count).allSatisfy({ address[start + $0] == needle[$0] }) { return true }
        }
        return false
    }

    /// Code points for a byte range of the text.
    private static func span(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, ascii: Bool) -> Span {
        if ascii { return Span(start: r.lowerBound, end: r.upperBound) }
        var cp = 0
        var start = 0
        for i in 0..<r.upperBound {
            if i == r.lowerBound { start = cp }
            if bytes[i] & 0xC0 != 0x80 { cp += 1 }
        }
        return Span(start: start, end: cp)
    }

    /// The original text of a span, safe to show: controls and invisible characters as '?',
    /// at most 40 code points.
    static func excerpt(_ text: String, _ span: Span) -> String {
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var i = -1
        for u in scalars {
            i += 1
            if i >= span.end || i >= span.start + 40 { break }
            if i < span.start { continue }
            // Printable ASCII needs no look-up of its category.
            if u.value >= 0x20 && u.value < 0x7F { out.append(u); continue }
            switch u.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
                out.append("?")
            default:
                out.append(u)
            }
        }
        return String(out)
    }

    /// The same for a text of ASCII only (code points are bytes), without decoding it: its
    /// only characters that are not printable are controls.
    static func excerpt(ascii bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> String {
        let end = min(span.end, span.start + 40, bytes.count)
        guard span.start < end else { return "" }
        let shown = UnsafeBufferPointer(rebasing: bytes[span.start..<end])
        return String(unsafeUninitializedCapacity: shown.count) { out in
            for (k, b) in shown.enumerated() { out[k] = b >= 0x20 && b < 0x7F ? b : UInt8(ascii: "?") }
            return shown.count
        }
    }

    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

/// Per-thread buffers, reused from comment to comment.
private struct Scratch {
    let normaliser = Normaliser()
    var matches: [WordMatch] = []
    var parts: [PartMatch] = []
    var links: [LinkScanner.Link] = []
    var staff: [Range<Int>] = []
}

/// A hand-built rule set whose entries cannot be compiled.
public struct DetectorError: Error, Equatable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
