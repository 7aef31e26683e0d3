import Foundation
import GRDB
import GRDBSQLite

/// A statement prepared by GRDB but bound and stepped through SQLite's C API, for the import's
/// hot loop: no boxing of each value into `StatementArguments`, no `Row` per lookup, and texts
/// bound without SQLite copying them (from a `BindArena`).
///
/// Only for statements the writer owns for one transaction; always `reset()` after use, and
/// `clearBindings()` before the arena goes away.
struct RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String
    private let arena: BindArena

    init(_ db: Database, _ sql: String, arena: BindArena) throws {
        let statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection!
        self.sql = sql
        self.arena = arena
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    /// Binds a copy of the text kept in the arena until its next `reset()`: SQLite reads it
    /// in place (SQLITE_STATIC) instead of copying it into memory of its own.
    func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { utf8 in
            let bytes = arena.store(UnsafeRawBufferPointer(utf8))
            sqlite3_bind_text(handle, index, bytes.assumingMemoryBound(to: CChar.self), Int32(utf8.count), nil)
        }
    }

    func bind(_ index: Int32, blob: [UInt8]) {
        blob.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(handle, index, arena.store(raw), Int32(raw.count), nil)
        }
    }

    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    func run() throws -> Int32 {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
        return sqlite3_changes(connection)
    }

    /// Steps to the first row; `read` sees it; returns nil when there is none.
    func first<T>(_ read: (RawStatement) throws -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code) }
        return try read(self)
    }

    /// Forgets every bound value, so that no pointer into the arena outlives it.
    func clearBindings() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// Whether a BLOB column holds exactly `bytes`.
    func blobEquals(_ column: Int32, _ bytes: [UInt8]) -> Bool {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count == bytes.count else { return false }
        guard let blob = sqlite3_column_blob(handle, column) else { return count == 0 }
        return bytes.withUnsafeBytes { memcmp($0.baseAddress!, blob, count) == 0 }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}

/// Memory for values bound to `RawStatement`s without SQLite copying them.
///
/// A value copied in stays where it is until `reset()`: chunks are added, never moved or
/// freed, so every pointer handed out stays valid while the statements that hold it step.
/// The writer resets it once per comment, after every statement of that comment has run.
final class BindArena {
    private static let chunkSize = 64 << 10

    private var chunk: UnsafeMutableRawPointer
    private var capacity: Int
    private var used = 0
    /// Chunks filled since the last reset, freed by it.
    private var retired: [UnsafeMutableRawPointer] = []

    init() {
        capacity = Self.chunkSize
        chunk = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        chunk.deallocate()
        for old in retired { old.deallocate() }
    }

    /// A copy of `bytes` (never a null pointer, so an empty text stays a text, not NULL).
    func store(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        if used + bytes.count > capacity {
            retired.append(chunk)
            capacity = max(Self.chunkSize, bytes.count)
            chunk = .allocate(byteCount: capacity, alignment: 16)
            used = 0
        }
        let at = chunk + used
        if let base = bytes.baseAddress, !bytes.isEmpty { at.copyMemory(from: base, byteCount: bytes.count) }
        used += bytes.count
        return UnsafeRawPointer(at)
    }

    /// Makes all the arena's memory free for reuse. Only once no statement will step with
    /// what was bound from it.
    func reset() {
        used = 0
        if !retired.isEmpty {
            for old in retired { old.deallocate() }
            retired.removeAll(keepingCapacity: true)
            if capacity > Self.chunkSize {  // an outsized text: go back to the usual size
                chunk.deallocate()
                capacity = Self.chunkSize
                chunk = .allocate(byteCount: capacity, alignment: 16)
            }
        }
    }
}
