import OverheadFormat
import OverheadStats

/// The paired windows of one recording: for every series whose test alternates its operation
/// with a `paired_send` (`TestName.pairedTests`), each run's window reduced by
/// `PairedWindowEstimate`, the pairs matched by iteration number.
enum PairedWindows {
    /// Per treatment series (test, operation under test, agent count): window estimate by run.
    static func build(_ series: [SeriesKey: SeriesSamples]) -> [SeriesKey: [Int: PairedWindowEstimate.Window]] {
        var result: [SeriesKey: [Int: PairedWindowEstimate.Window]] = [:]
        for (key, treatment) in series {
            guard let test = TestName(rawValue: key.testName), let op = test.pairedOperation,
                op.rawValue == key.operation,
                let reference = series[
                    SeriesKey(
                        testName: key.testName, operation: OperationName.pairedSend.rawValue,
                        agentCount: key.agentCount)]
            else { continue }
            let windows = windows(treatment: treatment, reference: reference)
            if !windows.isEmpty { result[key] = windows }
        }
        return result
    }

    /// Pairs samples of the same run and iteration; reduces each run's pairs.
    static func windows(treatment: SeriesSamples, reference: SeriesSamples) -> [Int: PairedWindowEstimate.Window] {
        var references: [Int64: Double] = [:]
        references.reserveCapacity(reference.count)
        for i in 0..<reference.count {
            references[pairKey(reference.run[i], reference.iteration[i])] = reference.elapsedMs[i]
        }
        var byRun: [Int32: (t: [Double], p: [Double], periodic: [Bool])] = [:]
        for i in 0..<treatment.count {
            guard let p = references[pairKey(treatment.run[i], treatment.iteration[i])] else { continue }
            let periodic = PairedWindowEstimate.isPeriodic(
                iteration: Int(treatment.iteration[i]), every: SuiteDesign.healthReportEvery)
            byRun[treatment.run[i], default: ([], [], [])].t.append(treatment.elapsedMs[i])
            byRun[treatment.run[i], default: ([], [], [])].p.append(p)
            byRun[treatment.run[i], default: ([], [], [])].periodic.append(periodic)
        }
        var result: [Int: PairedWindowEstimate.Window] = [:]
        for (run, pairs) in byRun {
            if let w = PairedWindowEstimate.window(treatment: pairs.t, reference: pairs.p, periodic: pairs.periodic) {
                result[Int(run)] = w
            }
        }
        return result
    }

    private static func pairKey(_ run: Int32, _ iteration: Int32) -> Int64 {
        Int64(run) << 32 | Int64(UInt32(bitPattern: iteration))
    }
}
