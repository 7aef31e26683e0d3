/// A finding in byte offsets, before published details are excluded and offsets are turned
/// into code points.
struct RawFinding: Equatable {
    var kind: PersonalInfoKind
    /// Byte offsets of the original text, end exclusive.
    var start: Int
    var end: Int
    var confidence: Double
    /// For a street address: where the house number, street name and type end, and where
    /// its postcode starts (or -1), so that a school's own address is recognised whatever
    /// town or postcode spelling follows it.
    var streetEnd: Int = -1
    var postcodeStart: Int = -1

    init(_ kind: PersonalInfoKind, _ start: Int, _ end: Int, _ confidence: Double) {
        self.kind = kind
        self.start = start
        self.end = end
        self.confidence = confidence
    }

    func contains(_ o: RawFinding) -> Bool { start <= o.start && o.end <= end }
    func overlaps(_ o: RawFinding) -> Bool { start < o.end && o.start < end }
}
