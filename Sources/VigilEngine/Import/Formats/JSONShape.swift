/// What the start of a JSON file says about which export it is: the envelope's keys and the
/// keys of its first record. Reads no further than the first record, so it is cheap on a
/// 250 MB page; a file that breaks off early is judged on what came before the break.
struct JSONShape {
    var format: ExportFormat?
    /// The top-level keys seen, for the message about an unknown file.
    var topKeys: [String] = []
    /// The message of a platform's error response (`{"error": {"message": …}}`), if it is one.
    var apiError: String?

    static func probe(_ bytes: ByteView, at start: Int) -> JSONShape {
        var shape = JSONShape()
        var c = JSONCursor(bytes, at: start)
        if bytes[start] == UInt8(ascii: "[") {
            shape.format = try? probeArray(&c)
            return shape
        }
        var signals = Signals()
        do {
            try c.beginObject()
            members: while let key = try c.nextMember() {
                shape.topKeys.append(key.text)
                if key == "kind" {
                    if let kind = try? c.readString(), kind.hasPrefix("youtube#comment") { signals.youtube = true }
                } else if key == "items" {
                    signals.items = true
                    guard try c.peek() == UInt8(ascii: "[") else { try c.skipValue(); continue }
                    switch try firstElement(&c) {
                    case .none: continue
                    case .notAnObject: break
                    case .object(let keys): signals.youtube = signals.youtube || keys.contains("snippet")
                    }
                    break members
                } else if key == "data" {
                    signals.data = true
                    guard try c.peek() == UInt8(ascii: "[") else { try c.skipValue(); continue }
                    let first = try firstElement(&c)
                    // An empty page says nothing more; the rest of the envelope may.
                    if case .none = first { continue }
                    guard case .object(let keys) = first else { break members }
                    signals.record = classify(keys)
                    signals.textOnly = signals.record == nil && keys.contains("text")
                    // The rest of `data` is not read (it may be 250 MB): X's envelope keys
                    // follow it, so look for them in the file's tail instead.
                    if signals.record == nil {
                        signals.x = signals.x || tailMentions(bytes, ["\"result_count\"", "\"newest_id\"", "\"includes\""])
                        signals.paging = signals.paging || tailMentions(bytes, ["\"paging\""])
                    }
                    break members
                } else if key == "includes" || key == "meta" {
                    signals.x = true
                    try c.skipValue()
                } else if key == "paging" {
                    signals.paging = true
                    try c.skipValue()
                } else if key == "error" {
                    shape.apiError = (try? errorMessage(&c)) ?? "no message"
                } else if key == "errors" {
                    signals.errors = true
                    try c.skipValue()
                } else {
                    try c.skipValue()
                }
                if signals.youtube { break }
            }
        } catch {
            // Judge on what was read before the break; `read` reports the break itself.
        }
        if shape.apiError != nil, !signals.data, !signals.items { return shape }
        shape.format = signals.decide()
        return shape
    }

    private struct Signals {
        var youtube = false, items = false, data = false, x = false, paging = false, errors = false
        var record: ExportFormat?
        /// A first record with `text` and nothing telling: X's default fields, or Instagram's.
        var textOnly = false

        func decide() -> ExportFormat? {
            if youtube { return .youtube }
            if let record { return record }
            if textOnly { return x ? .x : .instagram }
            if x { return .x }
            if data || paging { return .facebook }
            if errors { return .x }
            return nil
        }
    }

    /// WordPress REST is the one bare array: its elements have these keys.
    private static func probeArray(_ c: inout JSONCursor) throws -> ExportFormat? {
        let keys: Set<String>
        switch try firstElement(&c) {
        case .none: return .wordpress
        case .notAnObject: return nil
        case .object(let found): keys = found
        }
        let wordpress: Set<String> = ["author_name", "date_gmt", "content", "post", "author_url", "link"]
        return keys.contains(where: wordpress.contains) ? .wordpress : nil
    }

    private enum FirstElement {
        case none
        case notAnObject
        case object(Set<String>)
    }

    /// The keys of the array's first element; the cursor is left inside the array.
    private static func firstElement(_ c: inout JSONCursor) throws -> FirstElement {
        try c.beginArray()
        guard try c.nextElement() else { return .none }
        guard try c.peek() == UInt8(ascii: "{") else { return .notAnObject }
        var keys: Set<String> = []
        try c.beginObject()
        while let key = try c.nextMember() {
            keys.insert(key.text)
            try c.skipValue()
        }
        return .object(keys)
    }

    /// Whether any of `literals` occurs in the last 64 KB of the file.
    private static func tailMentions(_ bytes: ByteView, _ literals: [StaticString]) -> Bool {
        let from = max(0, bytes.count - 65_536)
        return literals.contains { FormatDetection.find($0, in: bytes, from: from, to: bytes.count) != nil }
    }

    /// Which platform a first record's keys point to; nil when they say nothing (only `id`).
    private static func classify(_ keys: Set<String>) -> ExportFormat? {
        let x: Set<String> = ["author_id", "edit_history_tweet_ids", "conversation_id", "created_at", "note_tweet",
                              "referenced_tweets", "in_reply_to_user_id", "public_metrics"]
        let instagram: Set<String> = ["username", "timestamp", "parent_id", "replies", "hidden"]
        let facebook: Set<String> = ["message", "created_time", "from", "story", "comments", "is_hidden", "parent",
                                     "permalink_url", "comment_count", "attachment", "message_tags", "full_picture",
                                     "status_type", "can_hide", "like_count"]
        let scores: [(ExportFormat, Int)] = [
            (.facebook, keys.intersection(facebook).count),
            (.x, keys.intersection(x).count * 2),
            (.instagram, keys.intersection(instagram).count),
        ]
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }

    private static func errorMessage(_ c: inout JSONCursor) throws -> String {
        guard try c.peek() == UInt8(ascii: "{") else { return try c.readScalarText() ?? "no message" }
        var message: String?
        var code: String?
        try c.beginObject()
        while let key = try c.nextMember() {
            if key == "message" { message = try c.readScalarText() } else if key == "code" { code = try c.readScalarText() } else { try c.skipValue() }
        }
        return [message, code.map { "(code \($0))" }].compactMap { $0 }.joined(separator: " ")
    }
}
