import Foundation

/// A progress line on standard error, only when it is a terminal: count and rate, redrawn at
/// most a few times a second, erased when done. Nothing at all when stderr is a file or pipe.
final class ProgressLine {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let start = Date()

    init(enabled: Bool = StandardStream.standardError.isTerminal) { self.enabled = enabled }

    func update(comments: Int, detail: String, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Int(Double(comments) / seconds)
        let text = "\(grouped(comments)) comments, \(grouped(rate))/s — \(safe(detail))"
        let width = StandardStream.standardError.columns(fallback: 80) - 1
        standardError.write("\r" + TextSafety.truncate(text, to: width) + "\u{1B}[K")
        standardError.flush()
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        standardError.write("\r\u{1B}[K")
        standardError.flush()
        drawn = false
    }
}
