import Testing
@testable import VigilEngine

@Suite struct ModelTests {
    @Test func severityOrdersFromLowToCritical() {
        #expect([Severity.high, .low, .critical, .medium].max() == .critical)
        #expect(Severity.low < .medium)
    }

    @Test func categoryNamesAreTheStableFileNames() {
        #expect(Category.personalInfo.rawValue == "personal-info")
        #expect(Category.allCases.map(\.rawValue) == [
            "abuse", "spam", "personal-info", "commercial", "safeguarding", "extremism", "complaint",
        ])
    }
}
