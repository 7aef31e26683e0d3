import Foundation
import Testing
import VigilEngine
import VigilStore

/// Two processes on one store at the same moment: no decision lost, none made twice, the
/// chain whole. Serialised: each test keeps both cores busy on its own.
@Suite(.serialized) final class SignOffRaceTests {
    let s = SignOffCLIStore()

    @Test func twoProcessesDecidingTheSameProposalsAtOnceDecideEachExactlyOnce() throws {
        try s.fixture.populate()
        try s.populateMany(40)
        let store = try SQLiteStore.open(path: s.path, create: false)
        let names = ["alice", "bob", "dave"]
        _ = try SignOffService(store: store).found(names.map { (try! AccountName($0), Passphrase(SignOffCLIStore.passphrase($0))) }, cost: .weakForTestsOnly)
        let ids = try s.propose((1...40).map { "m\($0)" })
        #expect(ids.count == 40)

        let s = self.s
        let results = SignOffCLIStore.together([
            { try s.vigil(as: "bob", ["sign"] + ids + ["--approve", "--format", "json"]) },
            { try s.vigil(as: "dave", ["sign"] + ids + ["--approve", "--format", "json"]) },
        ])
        var decidedBy: [String: String] = [:]
        var toldAlreadyDecided = 0
        for (i, result) in results.enumerated() {
            let run = try result.get()
            #expect(run.exitCode == 0 || run.exitCode == 1, "\(run.stderr)")
            for line in try run.jsonLines() {
                let id = try #require(line["proposal"] as? String)
                #expect(decidedBy[id] == nil, "\(id) decided twice")
                decidedBy[id] = line["decided_by"] as? String
                #expect(decidedBy[id] == (i == 0 ? "bob" : "dave"))
            }
            toldAlreadyDecided += run.stderr.split(separator: "\n").filter { $0.contains("is already approved by") }.count
        }
        #expect(Set(decidedBy.keys) == Set(ids))
        #expect(toldAlreadyDecided == 40, "each loser is told who decided it")
        let approved = try #require(try s.vigil(["proposals", "--state", "approved", "--limit", "0", "--format", "json"]).json() as? [[String: Any]])
        #expect(approved.count == 40)
        for p in approved { #expect(decidedBy[p["proposal"] as! String] == p["decided_by"] as? String) }
        let verify = try s.vigil(["audit", "verify", "--format", "json"])
        #expect(verify.exitCode == 0, "\(verify.stdout)")
        #expect((try verify.json() as? [String: Any])?["entries"] as? Int == 3 + 40 + 40)
    }

    @Test func twoProcessesEachMakingAThousandProposalsAtOnceLoseNoneAndKeepTheChainValid() throws {
        try s.populateMany(1_000)
        try s.initStore(populate: false)
        let comments = (1...1_000).map { "m\($0)" }
        let start = Date()
        let s = self.s
        let results = SignOffCLIStore.together([
            { try s.vigil(as: "alice", ["propose"] + comments + ["--action", "delete", "--reason", "abuse", "--format", "json"], timeout: 600) },
            { try s.vigil(as: "bob", ["propose"] + comments + ["--action", "escalate", "--to", "dsl", "--reason", "safeguarding", "--format", "json"], timeout: 600) },
        ])
        let seconds = Date().timeIntervalSince(start)
        var ids = Set<String>()
        for result in results {
            let run = try result.get()
            #expect(run.exitCode == 0, "\(run.stderr.prefix(500))")
            let lines = try run.jsonLines()
            #expect(lines.count == 1_000)
            for line in lines { ids.insert(try #require(line["proposal"] as? String)) }
        }
        #expect(ids.count == 2_000, "every proposal got its own number")
        let status = try #require(try s.vigil(["status", "--format", "json"]).json() as? [String: Any])
        #expect((status["proposals"] as? [String: Int])?["pending"] == 2_000)
        let verify = try s.vigil(["audit", "verify", "--format", "json"])
        #expect(verify.exitCode == 0, "\(verify.stdout.prefix(500))")
        #expect((try verify.json() as? [String: Any])?["entries"] as? Int == 2 + 2_000)
        let log = try s.vigil(["audit", "log", "--limit", "0", "--oldest-first", "--format", "jsonl"]).jsonLines()
        let actors = log.dropFirst(2).map { $0["actor"] as? String }
        let switches = zip(actors, actors.dropFirst()).filter { $0 != $1 }.count
        print("two processes, 1,000 proposals each: \(String(format: "%.1f", seconds)) s; the log switches between them \(switches) times")
    }
}
