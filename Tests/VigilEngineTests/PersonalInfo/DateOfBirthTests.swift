import Testing
@testable import VigilEngine

@Suite struct DateOfBirthTests {
    @Test(arguments: [
        ("DOB 12/03/2015", "12/03/2015"), ("d.o.b. 12.03.15", "12.03.15"),
        ("date of birth: 2015-03-12", "2015-03-12"), ("born on 12th March 2015", "12th March 2015"),
        ("her birthday is 5 May", "5 May"), ("DoB: 3rd of June 2014", "3rd of June 2014"),
        ("born March 12th, 2015", "March 12th, 2015"), ("b'day 1/4/2016", "1/4/2016"),
        ("date of birth 12-3-2015", "12-3-2015"), ("Born Sept 9 2014 at St Elsewhere", "Sept 9 2014"),
    ])
    func datesInBirthContextAreFound(_ text: String, _ date: String) {
        #expect(finds(text) == [Found(.dateOfBirth, date)])
    }

    @Test(arguments: [
        "Parents evening is 12/03/2025", "Trip on 5 May", "Term ends 2025-07-18",
        "Born to run, 12 laps", "birthday party at 3", "DOB 32/01/2015", "DOB 12/13/2015",
        "born in 2015",
    ])
    func aDateAloneOrNoDateIsNotADateOfBirth(_ text: String) {
        #expect(finds(text).isEmpty)
    }
}
