import VigilEngine
/// A grid of styled cells: what `view` returns and the terminal shell draws.
///
/// Text enters only through `put`, which cleans it (`SafeText.line`) and lays it out by the
/// console's own widths, so nothing unsafe can be in a Screen whoever calls it. A wide
/// character takes two cells (the second is a continuation) and never the last column, where
/// ncurses would wrap it to the next row.
public struct Screen: Sendable, Equatable {
    /// One column of one row.
    public struct Cell: Sendable, Equatable {
        /// A printable character with at most `SafeText.maxCombiningMarks` marks; empty in the
        /// continuation cell of a wide character.
        public var text: String
        /// 1, 2 (wide: the next cell is its continuation) or 0 (continuation).
        public var width: UInt8
        public var style: Style

        public static let blank = Cell(text: " ", width: 1, style: .plain)
    }

    /// A place on the screen.
    public struct Position: Sendable, Equatable {
        public var row: Int
        public var column: Int
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be (in a field being typed); nil hides it.
    public var cursor: Position?

    public init(size: Size, fill: Style = .plain) {
        self.size = size
        var blank = Cell.blank
        blank.style = fill
        cells = Array(repeating: blank, count: max(0, size.columns) * max(0, size.rows))
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Draws one line of text at a place, clipped to `width` columns (default: to the right
    /// edge) with `…` where it is cut. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, width: Int? = nil) -> Int {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
        let limit = min(size.columns, column + (width ?? size.columns - column))
        return putClean(Layout.clip(text, to: limit - column), row: row, column: column, limit: limit, style: style) - column
    }

    /// Draws runs of differently styled text one after another on a row, clipped like
    /// `put(_:row:column:style:width:)`; returns the column after the last.
    @discardableResult
    public mutating func put(_ runs: [Run], row: Int, column: Int, width: Int? = nil) -> Int {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return column }
        let limit = min(size.columns, column + (width ?? size.columns - column))
        var col = column
        for run in Layout.clip(runs, to: limit - column) where col < limit {
            col = putClean(SafeText.line(run.text), row: row, column: col, limit: limit, style: run.style)
        }
        return col
    }

    /// Sets the style of cells without changing their text (a selected row, a bar).
    public mutating func restyle(row: Int, from column: Int = 0, width: Int? = nil, _ change: (inout Style) -> Void) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.columns, column + (width ?? size.columns))
        for c in max(0, column)..<max(max(0, column), end) {
            change(&cells[row * size.columns + c].style)
        }
    }

    /// Fills a row (or part of it) with blanks in a style.
    public mutating func fill(row: Int, from column: Int = 0, width: Int? = nil, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.columns, column + (width ?? size.columns))
        var blank = Cell.blank
        blank.style = style
        for c in max(0, column)..<max(max(0, column), end) { cells[row * size.columns + c] = blank }
    }

    /// Lays cleaned text into cells up to `limit`; returns the next free column.
    private mutating func putClean(_ clean: String, row: Int, column: Int, limit: Int, style: Style) -> Int {
        var col = column
        let base = row * size.columns
        for s in clean.unicodeScalars {
            let w = DisplayWidth.of(s)
            if w == 0 {
                // A mark joins the character before it; one with nothing before it on this
                // row gets a dotted circle so it cannot join our own chrome.
                if col > column, let owner = ownerOf(base: base, column: col - 1) {
                    let count = cells[base + owner].text.unicodeScalars.count
                    if count <= SafeText.maxCombiningMarks {
                        cells[base + owner].text.unicodeScalars.append(s)
                    }
                } else if col < limit {
                    cells[base + col] = Cell(text: String(String.UnicodeScalarView([SafeText.dottedCircle, s])), width: 1, style: style)
                    col += 1
                }
                continue
            }
            if col + w > limit {
                // A character that does not fit (a wide one in the last column among them)
                // leaves a blank, and the line ends there.
                if col < limit { cells[base + col] = Cell(text: " ", width: 1, style: style); col += 1 }
                return limit
            }
            if w == 2 {
                clearWideOverlap(base: base, column: col)
                clearWideOverlap(base: base, column: col + 1)
                cells[base + col] = Cell(text: String(s), width: 2, style: style)
                cells[base + col + 1] = Cell(text: "", width: 0, style: style)
            } else {
                clearWideOverlap(base: base, column: col)
                cells[base + col] = Cell(text: String(s), width: 1, style: style)
            }
            col += w
        }
        return col
    }

    /// The cell holding the character drawn at a column (the first cell of a wide one).
    private func ownerOf(base: Int, column: Int) -> Int? {
        guard column >= 0 else { return nil }
        if cells[base + column].width == 0 { return column > 0 ? column - 1 : nil }
        return column
    }

    /// Writing over half of a wide character blanks its other half.
    private mutating func clearWideOverlap(base: Int, column: Int) {
        if cells[base + column].width == 0, column > 0 {
            cells[base + column - 1] = Cell(text: " ", width: 1, style: cells[base + column - 1].style)
        }
        if cells[base + column].width == 2, column + 1 < size.columns {
            cells[base + column + 1] = Cell(text: " ", width: 1, style: cells[base + column + 1].style)
        }
    }
}

/// Rows and columns of a terminal or screen.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public static let minimum = Size(rows: 24, columns: 80)

    public var description: String { "\(columns)x\(rows)" }
}

/// A piece of text in one style.
public struct Run: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
