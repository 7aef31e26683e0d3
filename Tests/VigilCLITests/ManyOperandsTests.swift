import ArgumentParser
import Testing
@testable import vigil

/// Thousands of file operands (`vigil import pages/*.json`) parse to exactly what the plain
/// argument parser gives, only faster.
@Suite struct ManyOperandsTests {
    static let files = (0..<1_000).map { "pages/page-\($0).json" }

    func both(_ arguments: [String]) throws -> (fast: ImportCommand, plain: ImportCommand) {
        let fast = try #require(try ManyOperands.parse(Vigil.self, arguments) as? ImportCommand)
        let plain = try #require(try Vigil.parseAsRoot(arguments) as? ImportCommand)
        return (fast, plain)
    }

    @Test func aThousandFilesKeepTheirOrderAndTheOptionsAroundThem() throws {
        let (fast, plain) = try both(["import", "--store", "s.sqlite"] + Self.files + ["--format", "json", "--atomic"])
        #expect(fast.files == Self.files)
        #expect(fast.files == plain.files)
        #expect(fast.storeOptions.store == "s.sqlite")
        #expect(fast.format == .json)
        #expect(fast.atomic)
    }

    @Test func filesSplitByOptionsAndAfterDoubleDashAreAllKept() throws {
        let first = Array(Self.files[..<500]), second = Array(Self.files[500...])
        let arguments = ["import"] + first + ["--channel", "PTA"] + second + ["--", "-dash.json"] + first
        let (fast, plain) = try both(arguments)
        #expect(fast.files == first + second + ["-dash.json"] + first)
        #expect(fast.files == plain.files)
        #expect(fast.channel == "PTA")
    }

    @Test func aBadCommandLineIsRefusedAsThePlainParserRefusesIt() {
        let arguments = ["import"] + Self.files + ["--no-such-option"]
        let fast = message { try ManyOperands.parse(Vigil.self, arguments) }
        #expect(fast != nil)
        #expect(fast == message { try Vigil.parseAsRoot(arguments) })
    }

    @Test func aShortCommandLineIsLeftAsItIs() {
        let arguments = ["import", "a.json", "b.json", "--store", "s.sqlite"]
        #expect(ManyOperands.compact(arguments).arguments == arguments)
    }

    private func message(_ parse: () throws -> ParsableCommand) -> String? {
        do { _ = try parse(); return nil } catch { return Vigil.message(for: error) }
    }
}
