import Foundation
import GRDB
import VigilEngine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedded store: one SQLite file in WAL mode, shared safely by several processes.
///
/// Opening holds an exclusive `flock()` on `<path>.lock` around open + migrate: two processes
/// opening a brand-new database at the same moment otherwise both try to create the schema.
/// A new file is created by us with mode 0600 before SQLite touches it (SQLite gives the -wal
/// and -shm files the same mode).
public final class SQLiteStore: Store {
    public let location: String
    let pool: DatabasePool
    let identities = IdentityCache()
    let queueTotals = QueueTotalCache()

    /// Longer than the longest write (an atomic import of many large files), so a second
    /// process waits its turn instead of failing with "database is locked".
    public static let busyTimeout: TimeInterval = 120

    private init(location: String, pool: DatabasePool) {
        self.location = location
        self.pool = pool
    }

    /// Opens the store at `path`; with `create`, makes it (and its folder) when missing.
    /// Throws `StoreError`.
    public static func open(path: String, create: Bool) throws -> SQLiteStore {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw StoreError(.notAStore, path: path, "is a folder, not a store file")
        }
        if !exists {
            guard create else {
                throw StoreError(
                    .missing, path: path,
                    "no store here (`vigil import FILE` creates one; `vigil demo` makes a demo store)")
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fm.fileExists(atPath: folder) {
                do {
                    try fm.createDirectory(
                        atPath: folder, withIntermediateDirectories: true,
                        attributes: [.posixPermissions: 0o700])
                } catch {
                    throw StoreError(.unavailable, path: path, "cannot create its folder: \(error.localizedDescription)")
                }
            }
        }

        let lock = try FileLock(path: path + ".lock", storePath: path)
        defer { lock.release() }

        if !exists || (try? fm.attributesOfItem(atPath: path)[.size] as? Int) == 0 {
            try createPrivateFile(path)
        }

        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "vigil"
        config.prepareDatabase { db in
            // WAL commits need no fsync with NORMAL and stay atomic and consistent.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32768")  // up to 32 MB a reading connection
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Checkpoint every 40 MB of WAL rather than 4 MB: a large import syncs far less.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw storeError(error, path: path, doing: "cannot open it")
        }
        do {
            try pool.write { db in try checkIsVigilStore(db, path: path) }
            let migrator = Migrations.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(.notAStore, path: path, "was written by a newer version of Vigil; use that version")
            }
            try migrator.migrate(pool)
            // The one writing connection: imports insert into indexes at random places (an
            // author's comments, a platform id), so a large cache saves re-reading pages.
            // Pages are only held as they are used.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -262144") }
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path, doing: "cannot prepare it")
        }
        return SQLiteStore(location: path, pool: pool)
    }

    /// Creates an empty file readable and writable by its owner only.
    private static func createPrivateFile(_ path: String) throws {
        let fd = systemOpen(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError(.unavailable, path: path, "cannot create it: \(String(cString: strerror(errno)))")
        }
        fchmod(fd, 0o600)  // whatever the umask says
        close(fd)
    }

    /// Refuses SQLite files that belong to something else.
    private static func checkIsVigilStore(_ db: Database, path: String) throws {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if appID == Migrations.applicationID { return }
        if appID != 0 {
            throw StoreError(.notAStore, path: path, "is an SQLite database of another program, not a Vigil store")
        }
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
        if !tables.isEmpty {
            throw StoreError(
                .notAStore, path: path,
                "is an SQLite database with other tables (\(tables.prefix(3).joined(separator: ", "))), not a Vigil store")
        }
    }

    /// Turns a database error into a message a person can act on.
    static func storeError(_ error: Error, path: String, doing: String) -> StoreError {
        guard let db = error as? DatabaseError else {
            if let store = error as? StoreError { return store }
            return StoreError(.unavailable, path: path, "\(doing): \(error)")
        }
        switch db.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notAStore, path: path, "is not a Vigil store (not an SQLite database)")
        case .SQLITE_CORRUPT:
            return StoreError(.corrupt, path: path, "is damaged (\(db.message ?? "corrupt")); restore it from a backup")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(
                .unavailable, path: path,
                "is busy: another process held it for more than \(Int(busyTimeout)) s; try again")
        case .SQLITE_FULL:
            return StoreError(.unavailable, path: path, "the disk is full")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return StoreError(.unavailable, path: path, "\(doing): permission denied or read-only (\(db.message ?? ""))")
        default:
            return StoreError(.unavailable, path: path, "\(doing): \(db.message ?? "\(db.resultCode)")")
        }
    }

    /// Runs a read, turning database errors into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch {
            throw SQLiteStore.storeError(error, path: location, doing: "cannot read it")
        }
    }

    public func changeToken() throws -> Int64 {
        try read(Self.changeCounter)
    }

    /// The store's change counter as the transaction `db` sees it (`noteChange` moves it).
    static func changeCounter(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT value FROM store_meta WHERE name = 'changes'") ?? 0
    }

    /// Marks a write transaction as a change other processes should notice; every write
    /// transaction calls it (issue 4's writes too).
    static func noteChange(_ db: Database) throws {
        try db.execute(sql: "UPDATE store_meta SET value = value + 1 WHERE name = 'changes'")
    }
}

/// `open(2)`, out of reach of `SQLiteStore.open` inside the class.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

/// An exclusive `flock()` held while a store is opened and migrated.
private struct FileLock {
    let fd: Int32

    init(path: String, storePath: String) throws {
        fd = systemOpen(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError(
                .unavailable, path: storePath,
                "cannot create its lock file \(path): \(String(cString: strerror(errno)))")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw StoreError(.unavailable, path: storePath, "cannot lock \(path): \(reason)")
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
