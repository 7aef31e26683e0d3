import VigilEngine
/// Sign-in: name, then passphrase (never drawn), each ended by Enter.
enum SignInView {
    static func draw(_ state: ConsoleState, into screen: inout Screen) {
        let size = screen.size
        screen.fill(row: 0, style: .bar)
        screen.put(" Vigil ", row: 0, column: 0, style: .barAccent)
        screen.put("moderation console for the school's official social media", row: 0, column: 8, style: .bar)
        let left = max(2, size.columns / 2 - 30)
        var row = max(3, size.rows / 2 - 4)
        screen.put("Sign in", row: row, column: left, style: .heading)
        row += 2
        let s = state.signIn
        let nameLabel = "Name:       "
        screen.put(nameLabel, row: row, column: left, style: s.stage == .name ? .accent : .plain)
        let fieldCol = left + nameLabel.count
        let fieldWidth = min(40, size.columns - fieldCol - 2)
        screen.put(Layout.pad(s.name.text, to: fieldWidth), row: row, column: fieldCol, style: Style(.normal, on: .normal, s.stage == .name ? .underline : []))
        if s.stage == .name {
            screen.cursor = Screen.Position(row: row, column: min(size.columns - 1, fieldCol + DisplayWidth.of(String(Array(s.name.text).prefix(s.name.cursor)))))
        }
        row += 1
        let passLabel = "Passphrase: "
        if s.stage != .name {
            screen.put(passLabel, row: row, column: left, style: s.stage == .passphrase ? .accent : .plain)
            if s.stage == .passphrase {
                screen.put("(typing is not shown)", row: row, column: fieldCol, style: .muted)
                screen.cursor = Screen.Position(row: row, column: fieldCol)
            } else {
                screen.put("checking\u{2026}", row: row, column: fieldCol, style: .muted)
            }
        }
        row += 2
        if let m = s.message {
            for line in Layout.wrap(m, width: size.columns - left - 2, style: .warning).prefix(3) {
                screen.put(line, row: row, column: left)
                row += 1
            }
        }
        if let note = s.note {
            row += 1
            for line in Layout.wrap(note, width: size.columns - left - 2, style: .muted).prefix(4) where row < size.rows - 2 {
                screen.put(line, row: row, column: left)
                row += 1
            }
        }
        let hint: [(String, String)] = switch s.stage {
        case .name: [("Enter", "next"), ("Ctrl-C", "quit")]
        case .passphrase: [("Enter", "sign in")] + (s.fixedName == nil ? [("Esc", "change name")] : []) + [("Ctrl-C", "quit")]
        case .checking: [("Ctrl-C", "quit")]
        }
        StatusArea.hints(hint, row: size.rows - 1, into: &screen)
    }
}
