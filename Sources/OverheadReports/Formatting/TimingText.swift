import OverheadAnalysis
import OverheadFormat

/// How a recording's latencies were timed and what they include, as every report says it.
enum TimingText {
    /// One line; nil for a round-trip recording without a driver (the native bus: nothing to say).
    static func summary(_ timing: SampleTiming, _ calibration: Calibration?) -> String? {
        switch timing {
        case .roundTrip:
            guard let c = calibration else { return nil }
            return
                "recorder's clock around each call; the driver's no-op call, median \(NumberText.ms(c.noopMedianMs)), "
                + "p95 \(NumberText.ms(c.noopP95Ms)) (n=\(c.count)), is included in every latency"
        case .bashEpochRealtime:
            var text = "bash $EPOCHREALTIME around the library's functions (µs resolution)"
            if let c = calibration {
                if let floor = c.callFloorMedianMs {
                    text += "; a function call's floor \(NumberText.ms(floor)) is in every latency"
                }
                text += "; the driver's round trip (no-op median \(NumberText.ms(c.noopMedianMs)), n=\(c.count)) is not"
            }
            return text
        }
    }
}
