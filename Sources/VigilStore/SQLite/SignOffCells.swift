import Foundation
import GRDB
import GRDBSQLite

/// Reads the columns of a sign-off row by position, strictly: a value of the wrong type is a
/// `RowProblem`, never a crash. Rows of these tables may have been edited with the `sqlite3`
/// tool, and `vigil audit verify` must report such a row, not die on it.
///
/// A reader supplies the three nullable readers and what a column holds; the rest is shared.
protocol StrictColumns {
    /// Column names, for messages.
    var names: [String] { get }
    func optionalInt(_ i: Int) throws(RowProblem) -> Int64?
    func optionalText(_ i: Int) throws(RowProblem) -> String?
    func optionalBlob(_ i: Int) throws(RowProblem) -> Data?
}

extension StrictColumns {
    func int(_ i: Int) throws(RowProblem) -> Int64 {
        guard let v = try optionalInt(i) else { throw RowProblem(column: names[i], expected: "a whole number", found: "nothing") }
        return v
    }

    func text(_ i: Int) throws(RowProblem) -> String {
        guard let v = try optionalText(i) else { throw RowProblem(column: names[i], expected: "text", found: "nothing") }
        return v
    }

    func blob(_ i: Int) throws(RowProblem) -> Data {
        guard let v = try optionalBlob(i) else { throw RowProblem(column: names[i], expected: "bytes", found: "nothing") }
        return v
    }

    /// A count or id stored as INTEGER that must not be negative.
    func unsigned(_ i: Int) throws(RowProblem) -> UInt64 {
        let v = try int(i)
        guard let u = UInt64(exactly: v) else { throw RowProblem(column: names[i], expected: "a number of at least 0", found: "\(v)") }
        return u
    }

    func optionalUnsigned(_ i: Int) throws(RowProblem) -> UInt64? {
        guard let v = try optionalInt(i) else { return nil }
        guard let u = UInt64(exactly: v) else { throw RowProblem(column: names[i], expected: "a number of at least 0", found: "\(v)") }
        return u
    }
}

/// The columns of a GRDB `Row`.
struct Cells: StrictColumns {
    let row: Row
    let names: [String]

    func value(_ i: Int) -> DatabaseValue { row[i] }

    func optionalInt(_ i: Int) throws(RowProblem) -> Int64? {
        switch value(i).storage {
        case .null: return nil
        case .int64(let v): return v
        default: throw problem(i, "a whole number")
        }
    }

    func optionalText(_ i: Int) throws(RowProblem) -> String? {
        switch value(i).storage {
        case .null: return nil
        case .string(let s): return s
        default: throw problem(i, "text")
        }
    }

    func optionalBlob(_ i: Int) throws(RowProblem) -> Data? {
        switch value(i).storage {
        case .null: return nil
        case .blob(let d): return d
        default: throw problem(i, "bytes")
        }
    }

    private func problem(_ i: Int, _ expected: String) -> RowProblem {
        let found: String
        switch value(i).storage {
        case .null: found = "nothing"
        case .int64: found = "a number"
        case .double: found = "a decimal number"
        case .string: found = "text"
        case .blob: found = "bytes"
        }
        return RowProblem(column: names[i], expected: expected, found: found)
    }
}

/// The columns of the row a statement stands on, read through SQLite's C API without a
/// `Row` (`vigil audit verify` reads every entry this way). A text is read whole, by its
/// length, where `Row` would stop at a NUL byte.
struct RawCells: StrictColumns {
    let handle: OpaquePointer
    let names: [String]

    /// Steps `sql` inside the caller's transaction and calls `body` with each row's cells
    /// until it returns false: SQLite's C API under a statement GRDB prepared and bound.
    static func forEach(
        _ db: Database, sql: String, arguments: StatementArguments = [], names: [String], _ body: (RawCells) throws -> Bool
    ) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let cells = RawCells(handle: handle, names: names)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
            }
            if try !body(cells) { return }
        }
    }

    private func type(_ i: Int) -> Int32 { sqlite3_column_type(handle, Int32(i)) }

    /// What column `i` holds, as `DatabaseValue` prints it: a row's name in a message.
    func label(_ i: Int) -> String {
        switch type(i) {
        case SQLITE_NULL: return "NULL"
        case SQLITE_INTEGER: return String(sqlite3_column_int64(handle, Int32(i)))
        case SQLITE_FLOAT: return String(sqlite3_column_double(handle, Int32(i)))
        case SQLITE_TEXT: return String(reflecting: (try? optionalText(i)) ?? "")
        default: return "Data(\(sqlite3_column_bytes(handle, Int32(i))) bytes)"
        }
    }

    func optionalInt(_ i: Int) throws(RowProblem) -> Int64? {
        switch type(i) {
        case SQLITE_NULL: return nil
        case SQLITE_INTEGER: return sqlite3_column_int64(handle, Int32(i))
        default: throw problem(i, "a whole number")
        }
    }

    func optionalText(_ i: Int) throws(RowProblem) -> String? {
        switch type(i) {
        case SQLITE_NULL: return nil
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, Int32(i)) else { return "" }
            return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, Int32(i)))), as: UTF8.self)
        default: throw problem(i, "text")
        }
    }

    func optionalBlob(_ i: Int) throws(RowProblem) -> Data? {
        switch type(i) {
        case SQLITE_NULL: return nil
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, Int32(i)) else { return Data() }
            return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, Int32(i))))
        default: throw problem(i, "bytes")
        }
    }

    private func problem(_ i: Int, _ expected: String) -> RowProblem {
        let found: String
        switch type(i) {
        case SQLITE_NULL: found = "nothing"
        case SQLITE_INTEGER: found = "a number"
        case SQLITE_FLOAT: found = "a decimal number"
        case SQLITE_TEXT: found = "text"
        default: found = "bytes"
        }
        return RowProblem(column: names[i], expected: expected, found: found)
    }
}

/// A column holding something other than what the schema's code writes there.
struct RowProblem: Error, CustomStringConvertible {
    let column: String
    let expected: String
    let found: String

    init(column: String, expected: String, found: String) {
        self.column = column
        self.expected = expected
        self.found = found
    }

    var description: String { "its \(column) should be \(expected) but is \(found)" }
}
