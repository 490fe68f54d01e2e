import OverheadFormat
import Testing

@Suite("UTC calendar dates from Unix seconds")
struct UTCDateTimeTests {
    // Expected texts from Python: datetime.datetime.fromtimestamp(s, datetime.timezone.utc)
    //   .strftime('%Y-%m-%dT%H:%M:%S') (year zero-padded to 4 digits here).
    @Test(
        "matches Python's datetime across leap days, centuries and the epoch",
        arguments: [
            (0, "1970-01-01T00:00:00"), (-1, "1969-12-31T23:59:59"), (951_782_400, "2000-02-29T00:00:00"),
            (951_868_799, "2000-02-29T23:59:59"), (4_102_444_799, "2099-12-31T23:59:59"),
            (1_795_964_400, "2026-11-29T15:00:00"), (-62_135_596_800, "0001-01-01T00:00:00"),
            (253_402_300_799, "9999-12-31T23:59:59"),
        ])
    func matchesReference(seconds: Int, expected: String) {
        #expect(UTCDateTime(unixSeconds: seconds).iso8601Seconds == expected)
    }

    @Test("milliseconds and the zone designator, as the records write them")
    func recordForm() {
        #expect(UTCDateTime(unixSeconds: 1_795_964_400).iso8601(milliseconds: 7) == "2026-11-29T15:00:00.007Z")
    }

    @Test("fractional seconds round down; times no calendar can show give nil instead of trapping")
    func untrustedTimes() {
        #expect(UTCDateTime(unixTime: -0.5)?.iso8601Seconds == "1969-12-31T23:59:59")
        #expect(UTCDateTime(unixTime: 1e300) == nil)
        #expect(UTCDateTime(unixTime: -.infinity) == nil)
        #expect(UTCDateTime(unixTime: .nan) == nil)
    }
}
