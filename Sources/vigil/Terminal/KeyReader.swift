import CNCurses
import VigilConsole

/// What one read from the terminal gave.
enum TerminalInput: Equatable {
    case key(Key)
    case resize
    /// Nothing waiting.
    case none
}

extension Terminal {
    /// Reads one key without waiting (the caller polls the descriptor first).
    func readInput() -> TerminalInput {
        nodelay(vigil_stdscr(), true)
        var ch: wint_t = 0
        let r = wget_wch(vigil_stdscr(), &ch)
        switch r {
        case KEY_CODE_YES:
            return Terminal.special(Int32(ch))
        case OK:
            return Terminal.character(UInt32(ch)).map(TerminalInput.key) ?? .none
        default:
            return .none
        }
    }

    static func special(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        default:
            for n in 1...12 where code == vigil_key_f(Int32(n)) { return .key(.function(n)) }
            return .none
        }
    }

    /// A character as a key: control characters become named keys, the rest as typed.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00..<0x20: return nil
        default:
            guard let s = Unicode.Scalar(value) else { return nil }
            return .char(Character(s))
        }
    }
}
