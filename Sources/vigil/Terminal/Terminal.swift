import CNCurses
import Foundation
import VigilConsole

/// The ncurses screen: opens it (locale, `newterm`, colours), draws Screens, reads keys, and
/// puts the terminal back on quit, on a fatal signal and on a crash.
///
/// ncurses state is global, so there is one `Terminal` at a time, used from one thread.
final class Terminal {
    /// How colour is used: `NO_COLOR` set, or a terminal without colours, means monochrome
    /// (attributes only, which carry every meaning on their own).
    enum ColorMode: Equatable { case color, monochrome }

    struct OpenError: Error, CustomStringConvertible {
        var description: String
    }

    let inputFD: Int32
    let outputFD: Int32
    private(set) var colorMode: ColorMode
    private let screenRef: OpaquePointer
    private var previous: Screen?
    private var closed = false

    /// Opens the terminal on these streams (the process's own by default; a pty in tests).
    init(term: String? = ProcessInfo.processInfo.environment["TERM"], input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        Terminal.setUTF8Locale()
        inputFD = fileno(input)
        outputFD = fileno(output)
        vigil_guard_save_termios(outputFD)
        // newterm, not initscr: initscr exits the process on an unknown TERM (pitfall 5).
        guard let sp = newterm(term ?? "dumb", output, input) else {
            throw OpenError(description: "cannot open the terminal: TERM=\(term ?? "(unset)") is not known here; try TERM=xterm-256color")
        }
        screenRef = sp
        set_term(sp)
        raw()                    // Ctrl-C and Ctrl-Z arrive as keys; the console decides.
        noecho()
        nonl()
        keypad(vigil_stdscr(), true)
        set_escdelay(25)         // Esc answers at once, not after a second (pitfall 6).
        Terminal.defineCursorKeysInBothModes()
        vigil_unblock_sigwinch()
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colorMode = !noColor && has_colors() ? .color : .monochrome
        if colorMode == .color {
            start_color()
            use_default_colors()
            for role in ColorRole.allCases {
                init_pair(Int16(role.rawValue) + 1, Terminal.colour(of: role), -1)
            }
        }
        Terminal.armCrashGuard(fd: outputFD)
    }

    deinit { close() }

    /// Puts the terminal back as it was. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        endwin()
        vigil_guard_disarm()
        delscreen(screenRef)
    }

    /// The screen's size as ncurses knows it now.
    var size: Size {
        let w = vigil_stdscr()
        return Size(rows: Int(vigil_rows(w)), columns: Int(vigil_cols(w)))
    }

    /// Takes a new size from the terminal after SIGWINCH or KEY_RESIZE.
    func resizeFromTerminal() -> Size {
        var rows: Int32 = 0, cols: Int32 = 0
        if vigil_get_winsize(outputFD, &rows, &cols) == 0, rows > 0, cols > 0, (Int(rows), Int(cols)) != (size.rows, size.columns) {
            resizeterm(rows, cols)
        }
        previous = nil
        return size
    }

    /// Draws a Screen, writing only the cells that changed since the last one.
    func draw(_ screen: Screen) {
        let w = vigil_stdscr()
        if previous?.size != screen.size { wclear(w) }
        for change in screen.changes(from: previous) {
            var col = change.first
            while col <= change.last {
                let cell = screen[change.row, col]
                if cell.width == 0 { col += 1; continue }
                put(cell, row: change.row, column: col, into: w)
                col += Int(max(1, cell.width))
            }
        }
        if let c = screen.cursor {
            curs_set(1)
            wmove(w, Int32(c.row), Int32(c.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(w)
        doupdate()
        previous = screen
    }

    /// Forgets what was drawn, so the next draw repaints everything (Ctrl-L, resize).
    func invalidate() {
        previous = nil
        clearok(vigil_stdscr(), true)
    }

    private func put(_ cell: Screen.Cell, row: Int, column: Int, into w: UnsafeMutablePointer<WINDOW>?) {
        var attrs = vigil_a_normal()
        let a = cell.style.attributes
        if a.contains(.bold) { attrs |= vigil_a_bold() }
        if a.contains(.reverse) { attrs |= vigil_a_reverse() }
        if a.contains(.underline) { attrs |= vigil_a_underline() }
        if a.contains(.dim) { attrs |= vigil_a_dim() }
        let pair: Int16 = colorMode == .color ? Int16(cell.style.foreground.rawValue) + 1 : 0
        var scalars = Array(cell.text.unicodeScalars)
        // The Screen's widths are ours; if the C library disagrees about a character, draw a
        // stand-in of the right width rather than let the row shift.
        if let base = scalars.first {
            let system = vigil_wcwidth(wchar_t(bitPattern: base.value))
            if system != Int32(cell.width) {
                scalars = cell.width == 2 ? ["?", "?"] : ["?"]
                if scalars.count == 2 {
                    draw(scalars: ["?"], attrs: attrs, pair: pair, row: row, column: column, into: w)
                    draw(scalars: ["?"], attrs: attrs, pair: pair, row: row, column: column + 1, into: w)
                    return
                }
            }
        }
        draw(scalars: scalars, attrs: attrs, pair: pair, row: row, column: column, into: w)
    }

    private func draw(scalars: [Unicode.Scalar], attrs: attr_t, pair: Int16, row: Int, column: Int, into w: UnsafeMutablePointer<WINDOW>?) {
        var wide: [wchar_t] = scalars.prefix(4).map { wchar_t(bitPattern: $0.value) } + [0]
        var cc = cchar_t()
        _ = setcchar(&cc, &wide, attrs, pair, nil)
        // The bottom-right cell returns ERR but is drawn (pitfall 6).
        _ = mvwadd_wch(w, Int32(row), Int32(column), &cc)
    }

    private static func colour(of role: ColorRole) -> Int16 {
        switch role {
        case .normal, .bar, .selection, .muted, .low: -1
        case .critical, .error: Int16(COLOR_RED)
        case .high, .warning: Int16(COLOR_YELLOW)
        case .medium, .accent: Int16(COLOR_CYAN)
        case .flagged: Int16(COLOR_MAGENTA)
        case .good: Int16(COLOR_GREEN)
        }
    }

    /// Terminals send arrows as `ESC O B` in application mode and `ESC [ B` in normal mode,
    /// and some ignore the mode (or a multiplexer rewrites it): accept both everywhere.
    private static func defineCursorKeysInBothModes() {
        let keys: [(String, Int32)] = [
            ("[A", KEY_UP), ("[B", KEY_DOWN), ("[C", KEY_RIGHT), ("[D", KEY_LEFT),
            ("OA", KEY_UP), ("OB", KEY_DOWN), ("OC", KEY_RIGHT), ("OD", KEY_LEFT),
            ("[H", KEY_HOME), ("[F", KEY_END), ("OH", KEY_HOME), ("OF", KEY_END),
            ("[1~", KEY_HOME), ("[4~", KEY_END), ("[7~", KEY_HOME), ("[8~", KEY_END),
            ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE), ("[3~", KEY_DC), ("[Z", KEY_BTAB),
        ]
        for (tail, code) in keys { define_key("\u{1B}" + tail, code) }
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 when the codeset is not UTF-8, so
    /// wide characters work even when LANG is unset (pitfall 3).
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    /// What puts the screen back from a signal handler: leave the alternate screen, show the
    /// cursor, reset attributes, leave keypad mode.
    private static func armCrashGuard(fd: Int32) {
        var bytes: [CChar] = []
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = vigil_tigetstr(cap) { bytes += Array(UnsafeBufferPointer(start: s, count: strlen(s))) }
        }
        bytes += Array("\r\n".utf8CString.dropLast())
        bytes.withUnsafeBufferPointer { vigil_guard_arm(fd, $0.baseAddress, $0.count) }
    }
}
