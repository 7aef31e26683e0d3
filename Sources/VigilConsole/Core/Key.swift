/// A key press, as the shell reads it (UTF-8 characters and the terminal's special keys).
public enum Key: Sendable, Hashable, CustomStringConvertible {
    /// A printable character, space included.
    case char(Character)
    /// Control with a letter: `.ctrl("c")` is Ctrl-C.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)

    /// How help and hints name the key.
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let n): "F\(n)"
        }
    }

    /// Keys for a test script: each character is a key, and `<Down>`, `<Enter>`, `<Esc>`,
    /// `<C-c>`, `<PgDn>` ... name special ones.
    public static func script(_ text: String) -> [Key] {
        var keys: [Key] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = text[i...].firstIndex(of: ">"), close > text.index(after: i) {
                let name = String(text[text.index(after: i)..<close])
                if let k = named(name) {
                    keys.append(k)
                    i = text.index(after: close)
                    continue
                }
            }
            keys.append(text[i] == "\n" ? .enter : .char(text[i]))
            i = text.index(after: i)
        }
        return keys
    }

    private static func named(_ name: String) -> Key? {
        switch name {
        case "Up": .up
        case "Down": .down
        case "Left": .left
        case "Right": .right
        case "PgUp": .pageUp
        case "PgDn": .pageDown
        case "Home": .home
        case "End": .end
        case "Enter": .enter
        case "Esc": .escape
        case "BS": .backspace
        case "Del": .delete
        case "Tab": .tab
        case "S-Tab": .backTab
        case "lt": .char("<")
        default:
            if name.hasPrefix("C-"), name.count == 3 { .ctrl(Character(name.suffix(1).lowercased())) }
            else if name.hasPrefix("F"), let n = Int(name.dropFirst()) { .function(n) }
            else { nil }
        }
    }
}
