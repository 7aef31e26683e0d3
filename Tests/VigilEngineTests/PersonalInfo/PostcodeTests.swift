import Testing
@testable import VigilEngine

@Suite struct PostcodeTests {
    @Test(arguments: [
        "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "SW1A 1AA", "GIR 0AA",
        "LS14AP", "ls1 4ap", "Ls1 4Ap", "sw1a1aa", "BT7 1NN", "KY16 9SS",
    ])
    func everyFormatIsFoundWithOrWithoutTheSpaceInAnyCase(_ code: String) {
        #expect(finds("They moved to \(code) last year") == [Found(.postcode, code)])
    }

    @Test(arguments: [
        "QA1 1AA", "VX1 1AA", "XY1 1AA", "AI1 1AA", "AZ1 1AA", "ZZ1 1AA",
        "M1 1CE", "M1 1AI", "M1 1KO", "E1L 1AA", "SW1Z 1AA", "CO1 1AV",
    ])
    func outwardAndInwardLetterRulesRejectRandomTokens(_ code: String) {
        #expect(finds("code \(code) here").isEmpty)
    }

    @Test(arguments: [
        "Room B12 is free", "She came me2 3rd in the race", "Take the M1 4th exit? no", "AB12 CDE is my reg",
        "COVID19 rules", "Year 10 and 11", "the B1234 road", "M25 again", "Form 7AB",
    ])
    func lookAlikesAreNotPostcodes(_ text: String) {
        #expect(finds(text).isEmpty)
    }
}
