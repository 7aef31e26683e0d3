@testable import VigilEngine

/// A finding as a test reads it: its kind and the text its span covers.
struct Found: Equatable, CustomStringConvertible {
    var kind: PersonalInfoKind
    var text: String

    init(_ kind: PersonalInfoKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var description: String { "\(kind.rawValue): \"\(text)\"" }
}

/// The code points of `text` covered by `span`.
func covered(_ text: String, _ span: Span) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: text.unicodeScalars.dropFirst(span.start).prefix(span.end - span.start))
    return String(v)
}

/// What the scanner finds in `text`, as kinds and covered text.
func finds(_ text: String, _ config: PersonalInfoConfig = PersonalInfoConfig()) -> [Found] {
    PersonalInfoScanner(config: config).scan(text).map { Found($0.kind, covered(text, $0.span)) }
}
