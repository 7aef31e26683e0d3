/// A long list seen through a window of loaded rows, with a cursor and a scroll position.
///
/// Only `pageSize` rows around the cursor are held; moving near the window's edge asks for
/// the page around the cursor, and rows not loaded yet show as loading. So a queue of 100,000
/// comments costs the same to move through as one of 100.
struct PagedList<Row: Sendable & Equatable>: Sendable, Equatable {
    static var pageSize: Int { 200 }
    /// How close to the window's edge the cursor may come before the next page is asked for.
    static var margin: Int { 50 }

    /// Position of `rows.first` in the whole list.
    private(set) var offset = 0
    private(set) var rows: [Row] = []
    /// Nil until the first page arrives.
    private(set) var total: Int?
    private(set) var cursor = 0
    /// The first row on screen.
    private(set) var top = 0
    /// The offset of the page asked for and not arrived yet.
    private(set) var loadingOffset: Int?
    var error: String?

    var isEmpty: Bool { total == 0 }
    var count: Int { total ?? 0 }

    subscript(index: Int) -> Row? {
        let i = index - offset
        return i >= 0 && i < rows.count ? rows[i] : nil
    }

    var selected: Row? { self[cursor] }

    /// Takes an arrived page: the window becomes that page.
    mutating func receive(_ page: Page<Row>) {
        offset = page.offset
        rows = page.rows
        total = page.total
        loadingOffset = nil
        error = nil
        cursor = max(0, min(cursor, page.total - 1))
        top = max(0, min(top, cursor))
    }

    /// Takes a refused or failed page. That page is not asked for again until the list is
    /// invalidated (the store changed) or the cursor needs another one: retrying at once
    /// would ask the backend over and over, as fast as it can answer.
    mutating func fail(_ message: String) {
        error = message
    }

    /// Forgets everything (a new filter): the next `pageToLoad` starts at the top.
    mutating func reset() {
        self = PagedList()
    }

    /// Keeps the cursor and scroll but marks the window stale, so the page is asked for again
    /// (something changed in the store).
    mutating func invalidate() {
        loadingOffset = nil
        staleWindow = true
    }

    private var staleWindow = false

    /// Moves the cursor to an index (clamped) and scrolls so it is visible in `visible` rows.
    mutating func move(to index: Int, visible: Int) {
        let last = max(0, count - 1)
        cursor = max(0, min(index, last))
        let height = max(1, visible)
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }

    mutating func move(by delta: Int, visible: Int) {
        move(to: cursor + delta, visible: visible)
    }

    /// Scrolls by whole screens, keeping the cursor's place on the screen (PgDn, PgUp).
    mutating func page(by screens: Int, visible: Int) {
        let height = max(1, visible)
        top = max(0, min(top + screens * height, max(0, count - height)))
        move(to: cursor + screens * height, visible: visible)
    }

    mutating func apply(_ motion: Motion, visible: Int) {
        switch motion {
        case .by(let n): move(by: n, visible: visible)
        case .page(let n): page(by: n, visible: visible)
        case .to(let i): move(to: i, visible: visible)
        }
    }

    /// The offset of the page to ask for now, if the visible rows (and a margin around the
    /// cursor) are not all loaded and that page is not already on its way. Marks it asked for.
    mutating func pageToLoad(visible: Int) -> Int? {
        let want: Int
        if total == nil || staleWindow {
            want = windowStart(around: cursor)
        } else {
            let lastNeeded = min(count - 1, max(top + visible - 1, cursor + Self.margin))
            let firstNeeded = max(0, min(top, cursor - Self.margin))
            let loadedEnd = offset + rows.count
            if count == 0 || (firstNeeded >= offset && lastNeeded < loadedEnd) { return nil }
            want = windowStart(around: cursor)
        }
        if loadingOffset == want { return nil }
        loadingOffset = want
        staleWindow = false
        return want
    }

    private func windowStart(around index: Int) -> Int {
        max(0, index - Self.pageSize / 2)
    }
}

/// A cursor or scroll movement.
enum Motion: Sendable, Equatable {
    case by(Int)
    case page(Int)
    case to(Int)
}

extension PagedList {
    /// A list whose every row is already here (a folder's files).
    init(all rows: [Row]) {
        self.init()
        receive(Page(offset: 0, rows: rows, total: rows.count))
    }
}
