import Testing
@testable import VigilEngine

@Suite struct PupilNameTests {
    let roster = PersonalInfoConfig(pupilNames: ["Amelia Jones", "Zoë O’Brien", "Oliver James Smith-Patel", "Harry", "Siân Evans"])

    @Test func fullNamesAreFoundInAnyCase() {
        #expect(finds("Well done Amelia Jones!", roster) == [Found(.pupilName, "Amelia Jones")])
        #expect(finds("well done AMELIA JONES", roster) == [Found(.pupilName, "AMELIA JONES")])
        #expect(finds("amelia  jones was there", roster) == [Found(.pupilName, "amelia  jones")])
    }

    @Test func aPossessiveStaysOutsideTheSpan() {
        #expect(finds("Amelia Jones's mum said", roster) == [Found(.pupilName, "Amelia Jones")])
        #expect(finds("Amelia Jones’s coat", roster) == [Found(.pupilName, "Amelia Jones")])
        #expect(finds("Amelia Jones' bag", roster) == [Found(.pupilName, "Amelia Jones")])
    }

    @Test func accentsAndApostrophesMayBeWrittenAnyWay() {
        #expect(finds("zoe o'brien scored", roster) == [Found(.pupilName, "zoe o'brien")])
        #expect(finds("Zoe\u{308} O’Brien scored", roster) == [Found(.pupilName, "Zoe\u{308} O’Brien")])
        #expect(finds("SIÂN EVANS", roster) == [Found(.pupilName, "SIÂN EVANS")])
        #expect(finds("Oliver James Smith-Patel won", roster) == [Found(.pupilName, "Oliver James Smith-Patel")])
    }

    @Test func partsOfNamesAndOtherWordsAreNotMatches() {
        #expect(finds("Amelia was brilliant", roster).isEmpty)
        #expect(finds("Harry did well", roster).isEmpty)
        #expect(finds("Amelia Jonesy is a nickname", roster).isEmpty)
        #expect(finds("Pamelia Jones is not her", roster).isEmpty)
        #expect(finds("Oliver James won", roster).isEmpty)
        #expect(finds("Amelia, Jones and Zoë came", roster).isEmpty)
    }

    @Test func namesNextToEmojiAreStillWholeWords() {
        #expect(finds("🎉Amelia Jones🎉", roster) == [Found(.pupilName, "Amelia Jones")])
    }

    @Test func withoutARosterNoNameIsFound() {
        #expect(finds("Well done Amelia Jones!").isEmpty)
    }
}
