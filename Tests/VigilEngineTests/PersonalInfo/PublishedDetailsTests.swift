import Foundation
import Testing
@testable import VigilEngine

@Suite struct PublishedDetailsTests {
    let school = PersonalInfoConfig(
        publishedPhones: ["0113 496 0000", "+44 7700 900999"],
        publishedEmails: ["Office@School.example"],
        publishedAddresses: ["Example Primary School, 1 School Lane, Exampleton, LS1 4AP"])

    @Test(arguments: [
        "Call the office on 0113 496 0000", "Call the office on 01134960000",
        "Call the office on +44 (0)113 496 0000", "Call the office on 0044 113-496-0000",
        "Call the office on (0113) 496 0000", "text 07700 900999", "text +447700900999",
    ])
    func theSchoolsNumbersAreNeverFlaggedWhateverTheirFormatting(_ text: String) {
        #expect(finds(text, school).isEmpty)
    }

    @Test func otherNumbersStillAre() {
        #expect(finds("Call me on 0113 496 0001", school) == [Found(.ukLandline, "0113 496 0001")])
        #expect(finds("text 07700 900998", school) == [Found(.ukMobile, "07700 900998")])
    }

    @Test(arguments: [
        "office@school.example", "OFFICE@SCHOOL.EXAMPLE", "office at school dot example",
        "office [at] school [dot] example",
    ])
    func theSchoolsAddressIsNeverFlaggedHoweverItIsSpelled(_ email: String) {
        #expect(finds("Email \(email) for forms", school).isEmpty)
        #expect(finds("Email head@school.example for forms", school) == [Found(.email, "head@school.example")])
    }

    @Test(arguments: [
        "1 School Lane", "1 School Ln", "1 school lane", "1 School Lane, Exampleton",
        "1 School Lane, Exampleton LS1 4AP", "1 School Lane LS14AP", "LS1 4AP", "ls14ap",
    ])
    func theSchoolsAddressAndPostcodeAreNeverFlagged(_ address: String) {
        #expect(finds("Drop forms at \(address) please", school).isEmpty)
    }

    @Test func neighbouringAddressesAreFlagged() {
        #expect(finds("She lives at 11 School Lane", school) == [Found(.streetAddress, "11 School Lane")])
        #expect(finds("She lives at 1 School Lane, LS2 7AB", school) == [Found(.streetAddress, "1 School Lane, LS2 7AB")])
        #expect(finds("postcode LS1 4AQ", school) == [Found(.postcode, "LS1 4AQ")])
    }

    @Test func configDecodesWithDefaultsForMissingKeys() throws {
        let json = #"{"publishedPhones": ["0113 496 0000"], "pupilNames": ["Amelia Jones"]}"#
        let config = try JSONDecoder().decode(PersonalInfoConfig.self, from: Data(json.utf8))
        #expect(config == PersonalInfoConfig(publishedPhones: ["0113 496 0000"], pupilNames: ["Amelia Jones"]))
    }
}
