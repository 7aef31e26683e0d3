import Foundation
import GRDB
import Testing
import VigilEngine
@testable import VigilStore

@Suite struct StoreOpeningTests {
    @Test func aNewStoreAndItsWALFilesAreReadableByTheOwnerOnly() throws {
        let folder = TemporaryFolder()
        let path = folder.path("deep/er/vigil.sqlite")
        let store = try SQLiteStore.open(path: path, create: true)
        _ = store.importLines([LineExport.source("a.txt", ["facebook|1||Ann|1700000000|hello"])])
        for file in [path, path + "-wal", path + "-shm", path + ".lock"] {
            let mode = try #require(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o600, "\(file) has mode \(String(mode, radix: 8))")
        }
        let folderMode = try #require(
            FileManager.default.attributesOfItem(atPath: folder.path("deep/er"))[.posixPermissions] as? Int)
        #expect(folderMode & 0o077 == 0)
    }

    @Test func openingAMissingStoreWithoutCreateSaysHowToMakeOne() throws {
        let folder = TemporaryFolder()
        let path = folder.path("none.sqlite")
        let error = #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: false) }
        #expect(error?.kind == .missing)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("vigil import") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let folder = TemporaryFolder()
        let path = folder.path("notes.sqlite")
        let bytes = Data("these are my notes, not a database\n".utf8) + Data(repeating: 7, count: 4096)
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: true) }
        #expect(error?.kind == .notAStore)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anotherProgramsSQLiteDatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try queue.close()
        let error = #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: true) }
        #expect(error?.kind == .notAStore)
        #expect(error?.description.contains("recipes") == true)
    }

    @Test func aStoreFromANewerVigilIsRefusedNotMigrated() throws {
        let folder = TemporaryFolder()
        let path = folder.path("v.sqlite")
        _ = try SQLiteStore.open(path: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try queue.close()
        let error = #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: false) }
        #expect(error?.kind == .notAStore)
        #expect(error?.description.contains("newer version") == true)
    }

    @Test func manyOpenersOfOneBrandNewStoreAllSucceed() async throws {
        for round in 0..<5 {
            let folder = TemporaryFolder()
            let path = folder.path("race-\(round).sqlite")
            let results = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        guard let store = try? SQLiteStore.open(path: path, create: true) else { return false }
                        return (try? store.status().comments) == 0
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results == [true, true, true, true], "round \(round)")
        }
    }

    @Test func theDefaultLocationFollowsTheEnvironment() {
        #expect(StoreLocation.defaultPath(environment: ["VIGIL_STORE": "/s/v.sqlite", "HOME": "/h"]) == "/s/v.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/vigil/vigil.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
            == "/h/.local/share/vigil/vigil.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/vigil/vigil.sqlite")
    }
}
