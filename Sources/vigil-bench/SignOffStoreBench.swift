// Sign-off through the store (issue 4): one proposal or sign-off as a transaction, passphrase
// hash not counted (target at most 20 ms), and `vigil audit verify` on a store whose log has
// 100,000 entries (target at most 5 s). The log is built through the store's own
// transactions, as people would build it, so the timings are of the real path.
import Foundation
import VigilEngine
import VigilStore

func signOffStoreBenchmark() -> Benchmark {
    Benchmark(
        name: "signoff",
        summary: "a proposal and a sign-off through the store; vigil audit verify on a 100,000-entry store",
        run: runSignOffStoreBenchmark)
}

private func runSignOffStoreBenchmark() throws {
    let environment = ProcessInfo.processInfo.environment
    let target = Int(environment["SIGNOFF_BENCH_ENTRIES"] ?? "") ?? 100_000
    // SIGNOFF_BENCH_STORE=FILE keeps the built store there, and a later run verifies that
    // store again instead of building one (building 100,000 entries takes minutes).
    let kept = environment["SIGNOFF_BENCH_STORE"]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-signoff-bench-\(getpid())")
    let path: String
    if let kept {
        path = kept
    } else {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("bench.sqlite").path
    }
    defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
    let reuse = kept.map { FileManager.default.fileExists(atPath: $0) } ?? false
    let store = try SQLiteStore.open(path: path, create: true)
    let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    print("signoff: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) (other work on the machine slows every figure)")
    let service = SignOffService(store: store)
    let pass = { (n: String) in Passphrase("\(n) benchmark passphrase") }
    let name = { (n: String) in try! AccountName(n) }
    let entries: Int
    if reuse {
        entries = try store.auditEntries(newestFirst: true, offset: 0, limit: 1).total
        print("signoff: verifying the store kept at \(path) (\(entries) entries); unset SIGNOFF_BENCH_STORE to build a new one")
    } else {
        entries = try buildStore(store, service, target: target, pass: pass, name: name)
    }
    try measureVerify(store, path: path, entries: entries)
    let bob = try service.signIn(name: "bob", passphrase: pass("bob"))

    // Pages the console asks for, on this store.
    for (what, body) in [
        ("proposals waiting (first page of 50)", { _ = try service.proposals(ProposalQuery(scope: .waitingFor(bob.name, .administrator), limit: 50)) }),
        ("actions to carry out (first page of 50)", { _ = try service.actionsToCarryOut(offset: 0, limit: 50) }),
        ("audit log (newest page of 50)", { _ = try store.auditEntries(newestFirst: true, offset: 0, limit: 50) }),
        ("status's sign-off summary", { _ = try service.summary() }),
        ("handover", { _ = try service.handover(for: bob.name) }),
    ] as [(String, () throws -> Void)] {
        var times: [Double] = []
        for _ in 0..<20 {
            let start = Date()
            try body()
            times.append(Date().timeIntervalSince(start))
        }
        times.sort()
        print(String(format: "signoff: %@: median %.1f ms, max %.1f ms", what, times[times.count / 2] * 1e3, times.last! * 1e3))
    }

    let standard = Date()
    let (account, _) = try Account.create(name: name("dave"), role: .administrator, passphrase: pass("dave"), membership: .active(since: Date()), at: Date())
    let made = Date().timeIntervalSince(standard)
    let check = Date()
    _ = account.signIn(with: pass("dave"), at: Date())
    print(String(format: "signoff: the passphrase hash at the standard cost (%@; not counted in the 20 ms): sign-in %.0f ms, making an account %.0f ms",
                 account.passphraseHash.parameters.description, Date().timeIntervalSince(check) * 1e3, made * 1e3))
}

/// Builds the log through the store's own transactions, as people would: propose, approve
/// by someone else, carry out every other, a failed sign-in every tenth; prints the time of
/// each proposal and each sign-off transaction. Returns how many entries the log has.
private func buildStore(
    _ store: SQLiteStore, _ service: SignOffService, target: Int,
    pass: (String) -> Passphrase, name: (String) -> AccountName
) throws -> Int {
    // Comments to decide: about one proposal per 2.6 entries.
    let commentCount = target * 10 / 25 + 100
    var t0 = Date()
    try store.writeImports { writer in
        try writer.begin(ImportFileInfo(fileName: "bench.json", sha256: String(repeating: "0", count: 64), byteCount: 0))
        for start in stride(from: 0, to: commentCount, by: 5_000) {
            try writer.add((start..<min(commentCount, start + 5_000)).map { n in
                FlaggedComment(
                    comment: ImportedComment(
                        platform: .facebook, platformID: "1234567890_\(n)", channel: "Bench Primary",
                        post: PostRef(platformID: "post-\(n % 50)"), author: AuthorRef(platformID: "author-\(n % 3_000)", name: "Author \(n % 3_000)"),
                        created: Date(timeIntervalSince1970: 1_740_000_000 + Double(n)), text: "comment number \(n) is an insult"),
                    flags: [Flag(category: .abuse, kind: "insult", rule: "abuse.insult", severity: .medium, action: .delete,
                                 spans: [Span(start: 0, end: 7)], explanation: "bench")])
            })
        }
        _ = try writer.finish(format: .facebook, warnings: [])
    }
    print(String(format: "signoff: imported %d flagged comments in %.1f s", commentCount, Date().timeIntervalSince(t0)))

    _ = try service.found([(name("alice"), pass("alice")), (name("bob"), pass("bob"))], cost: .weakForTestsOnly)
    let alice = try service.signIn(name: "alice", passphrase: pass("alice"))
    let bob = try service.signIn(name: "bob", passphrase: pass("bob"))
    let add = try service.proposeMember(name("carol"), role: .coverModerator, passphrase: pass("carol"), reason: "cover", by: alice, cost: .weakForTestsOnly)
    _ = try service.decide(add.proposal.id, .approve(note: nil), by: bob)
    let today = DisplayTime.calendar.dateComponents([.year, .month, .day], from: Date())
    let later = DisplayTime.calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(300 * 86_400))
    func day(_ c: DateComponents) -> String { String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!) }
    let window = try CoverWindow.days(moderator: name("carol"), covering: name("alice"), from: day(today), to: day(later))
    let cover = try service.proposeCoverWindow(window, reason: "cover", by: bob)
    _ = try service.decide(cover.proposal.id, .approve(note: nil), by: alice)
    let carol = try service.signIn(name: "carol", passphrase: pass("carol"))
    let people = [alice, bob, carol]

    var proposeTimes: [Double] = [], decideTimes: [Double] = []
    var entries = try store.auditEntries(newestFirst: true, offset: 0, limit: 1).total
    var n = 0
    t0 = Date()
    while entries < target {
        let who = people[n % 3]
        let request = ProposalRequest(target: .comment(CommentKey(platform: .facebook, id: "1234567890_\(n)")), action: .delete, reason: "abuse.insult: delete")
        var start = Date()
        let proposed = try service.propose(request, by: who)
        proposeTimes.append(Date().timeIntervalSince(start))
        entries += 1
        if entries < target {
            start = Date()
            _ = try service.decide(proposed.proposal.id, .approve(note: nil), by: people[(n + 1) % 3])
            decideTimes.append(Date().timeIntervalSince(start))
            entries += 1
        }
        if entries < target, n % 2 == 0 {
            _ = try service.markDone(proposed.proposal.id, note: "removed", by: who)
            entries += 1
        }
        if entries < target, n % 10 == 0 {
            _ = try? service.signIn(name: "bob", passphrase: Passphrase("not bob's passphrase"))
            entries += 1
        }
        if n % 10 == 0 { _ = try service.signIn(name: "bob", passphrase: pass("bob")) }  // resets bob's count
        n += 1
    }
    print(String(format: "signoff: built %d entries through the store (%d proposals) in %.1f s", entries, n, Date().timeIntervalSince(t0)))
    for (what, times) in [("proposal", proposeTimes), ("sign-off", decideTimes)] {
        let sorted = times.sorted()
        print(String(format: "signoff: one %@ through the store (transaction, head, roster, rules, entry, signature; no passphrase hash): median %.2f ms, p99 %.2f ms, max %.2f ms (target <= 20 ms)",
                     what, sorted[sorted.count / 2] * 1e3, sorted[sorted.count * 99 / 100] * 1e3, sorted.last! * 1e3))
    }

    return entries
}

/// `vigil audit verify` on the store: in-process (what the command runs), the release
/// binary itself, and from a checkpoint 1,000 entries back; wall and CPU time each.
private func measureVerify(_ store: SQLiteStore, path: String, entries: Int) throws {
    var best = Double.infinity, bestCPU = 0.0
    var report: AuditReport?
    MemoryFigures.resetPeak()
    let before = MemoryFigures.residentBytes()
    for _ in 0..<3 {
        let (start, cpu) = (Date(), cpuSeconds())
        let r = try store.verifyAudit()
        guard r.isValid else { throw BenchError("the benchmark store does not verify: \(r.failure ?? r.problems.map(\.description).joined(separator: "; "))") }
        let seconds = Date().timeIntervalSince(start)
        if seconds < best { (best, bestCPU, report) = (seconds, cpuSeconds() - cpu, r) }
    }
    let p = report!.profile
    print(String(format: "audit verify of the store, %d entries (%d signed), in-process: %.2f s wall, %.2f s CPU (target <= 5 s)%@; peak memory +%d MB",
                 report!.entryCount, p.signaturesChecked, best, bestCPU, entries == 100_000 ? (best <= 5 ? "" : "  SHORT") : "  (not the target size)",
                 (MemoryFigures.peakBytes() - before) >> 20))
    print(String(format: "  of which the walk (read, decode, links, replay) and the other tables: %.2f s; the pool (encode, hash, signatures) %.2f s wall, %.2f s CPU on %d threads",
                 p.chainSeconds, p.signatureSeconds, p.signatureCPUSeconds, p.threads))

    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil").path
    if FileManager.default.isExecutableFile(atPath: binary) {
        var wall = Double.infinity, wallCPU = 0.0
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["audit", "verify", "--store", path]
            process.standardOutput = FileHandle.nullDevice
            let (start, cpu) = (Date(), childCPUSeconds())
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchError("vigil audit verify exited \(process.terminationStatus)") }
            let seconds = Date().timeIntervalSince(start)
            if seconds < wall { (wall, wallCPU) = (seconds, childCPUSeconds() - cpu) }
        }
        print(String(format: "vigil audit verify --store (the vigil binary beside vigil-bench, whole process), %d entries: %.2f s wall, %.2f s CPU (target <= 5 s)%@",
                     entries, wall, wallCPU, entries == 100_000 ? (wall <= 5 ? "" : "  SHORT") : "  (not the target size)"))
    } else {
        print("vigil audit verify: no vigil binary beside vigil-bench (make bench builds it)")
    }

    let mark = AuditCheckpoint(sequence: UInt64(entries - 1_000),
                               hash: try store.auditEntries(newestFirst: false, offset: entries - 1_001, limit: 1).rows[0].hash)
    var incremental = Double.infinity, incrementalCPU = 0.0
    var checkpointed: AuditReport?
    for _ in 0..<3 {
        let (start, cpu) = (Date(), cpuSeconds())
        let r = try store.verifyAudit(trusting: mark)
        guard r.isValid else { throw BenchError("the benchmark store does not verify from its checkpoint: \(r.failure ?? "")") }
        let seconds = Date().timeIntervalSince(start)
        if seconds < incremental { (incremental, incrementalCPU, checkpointed) = (seconds, cpuSeconds() - cpu, r) }
    }
    print(String(format: "audit verify of the store from a checkpoint 1,000 entries back (%d signatures trusted, %d checked): %.2f s wall, %.2f s CPU",
                 checkpointed!.profile.signaturesSkipped, checkpointed!.profile.signaturesChecked, incremental, incrementalCPU))
}

