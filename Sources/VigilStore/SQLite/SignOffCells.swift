import Foundation
import GRDB

/// Reads the columns of a sign-off row by position, strictly: a value of the wrong type is a
/// `RowProblem`, never a crash. Rows of these tables may have been edited with the `sqlite3`
/// tool, and `vigil audit verify` must report such a row, not die on it.
struct Cells {
    let row: Row
    /// Column names, for messages.
    let names: [String]

    func value(_ i: Int) -> DatabaseValue { row[i] }

    func int(_ i: Int) throws(RowProblem) -> Int64 {
        guard let v = try optionalInt(i) else { throw RowProblem(column: names[i], expected: "a whole number", found: "nothing") }
        return v
    }

    func optionalInt(_ i: Int) throws(RowProblem) -> Int64? {
        switch value(i).storage {
        case .null: return nil
        case .int64(let v): return v
        default: throw problem(i, "a whole number")
        }
    }

    func text(_ i: Int) throws(RowProblem) -> String {
        guard let v = try optionalText(i) else { throw RowProblem(column: names[i], expected: "text", found: "nothing") }
        return v
    }

    func optionalText(_ i: Int) throws(RowProblem) -> String? {
        switch value(i).storage {
        case .null: return nil
        case .string(let s): return s
        default: throw problem(i, "text")
        }
    }

    func blob(_ i: Int) throws(RowProblem) -> Data {
        guard let v = try optionalBlob(i) else { throw RowProblem(column: names[i], expected: "bytes", found: "nothing") }
        return v
    }

    func optionalBlob(_ i: Int) throws(RowProblem) -> Data? {
        switch value(i).storage {
        case .null: return nil
        case .blob(let d): return d
        default: throw problem(i, "bytes")
        }
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
