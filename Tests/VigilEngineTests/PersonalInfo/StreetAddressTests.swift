import Testing
@testable import VigilEngine

@Suite struct StreetAddressTests {
    @Test(arguments: [
        "12 Acacia Avenue", "12a Acacia Avenue", "3 St Mary's Road", "14 The Green",
        "221B Example Street", "7 Willow Close", "45 Sample Lane", "9 Orchard Way",
        "Flat 3, 12 Acacia Avenue", "Flat 3 Acacia Court", "Flat 2B, Windsor House, 14 Park Road",
        "12 acacia avenue", "5 elm grove", "18 High St", "2 Church Hill View",
        "12 Acacia Avenue, Exampleton", "12 Acacia Avenue, Leeds LS1 4AP",
        "12 Acacia Avenue Leeds LS1 4AP", "12 Acacia Avenue, LS1 4AP",
        "40 Mill Lane, Newcastle upon Tyne, NE1 4XF", "3 Sample Road, Anytown, Exampleshire",
        "45 St. John's Road", "8 Example Rd, Sampleford", "10 Downing st", "4 Foxglove Gdns",
    ])
    func addressesAreFoundWholeWithTownAndPostcode(_ address: String) {
        #expect(finds("They live at \(address) if anyone is asking") == [Found(.streetAddress, address)])
    }

    @Test func aSentenceAfterTheStreetIsNotATown() {
        #expect(finds("Drop it at 12 Acacia Avenue, Thanks everyone") == [Found(.streetAddress, "12 Acacia Avenue")])
        #expect(finds("12 Acacia Avenue. The door is blue") == [Found(.streetAddress, "12 Acacia Avenue")])
        #expect(finds("12 Acacia Avenue, Anytown and the shop") == [Found(.streetAddress, "12 Acacia Avenue, Anytown")])
    }

    @Test(arguments: [
        "We need 2 more for the walk",
        "we walked 5 miles down the road",
        "Year 7 Nature Walk was great",
        "Class 4 Park Visit on Friday",
        "Top 10 Parks in the area",
        "Room 12 Park View block",
        "It's a 2 hours drive away",
        "my 3 kids love the park",
        "£12 Gift Voucher Road show",
        "Join the 5 Mile Walk",
        "Page 12 Acacia Avenue chapter",
    ])
    func numbersBeforeStreetWordsAreNotAlwaysAddresses(_ text: String) {
        #expect(finds(text).isEmpty)
    }
}
