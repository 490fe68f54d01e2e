import OverheadFormat
import Testing

@testable import OverheadReports

@Suite("how a report says what the latencies were timed with")
struct TimingTextTests {
    private let calibration = Calibration(
        timestamp: "t", noopMedianMs: 0.11, noopP95Ms: 0.146, count: 200, callFloorMedianMs: 0.012,
        callFloorP95Ms: 0.014)

    @Test func roundTripsIncludeTheDriver() {
        #expect(TimingText.summary(.roundTrip, nil) == nil)
        #expect(
            TimingText.summary(.roundTrip, calibration)
                == "recorder's clock around each call; the driver's no-op call, median 0.110ms, p95 0.146ms (n=200), "
                + "is included in every latency")
    }

    @Test func bashTimingLeavesTheDriverOut() {
        #expect(
            TimingText.summary(.bashEpochRealtime, calibration)
                == "bash $EPOCHREALTIME around the library's functions (µs resolution); a function call's floor "
                + "0.012ms is in every latency; the driver's round trip (no-op median 0.110ms, n=200) is not")
        #expect(
            TimingText.summary(.bashEpochRealtime, nil)
                == "bash $EPOCHREALTIME around the library's functions (µs resolution)")
    }
}
