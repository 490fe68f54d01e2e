import Foundation
import OverheadSimulation

// The fleet benchmark: coverage and detection of `overhead-analyze fleet` on simulated fleets with a
// known truth (20 hosts, true total overhead 2%, between-host τ = 1 point), at the level of full
// simulated recordings, and the method choices compared on per-host estimates. Writes Markdown to
// the path given (benchmarks/fleet/run.sh adds the host facts and writes RESULTS.md).
//
// Environment: FLEET_FLEETS (500) fleets per recording-level row; FLEET_METHOD_FLEETS (2000) per
// method-comparison row; FLEET_SEED (20261129).
let environment = ProcessInfo.processInfo.environment
let fleets = Int(environment["FLEET_FLEETS"] ?? "") ?? 500
let methodFleets = Int(environment["FLEET_METHOD_FLEETS"] ?? "") ?? 2000
let seed = UInt64(environment["FLEET_SEED"] ?? "") ?? 20_261_129
guard let output = CommandLine.arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: fleet-sim OUTPUT.md\n".utf8))
    exit(2)
}
let started = Date()
var doc = "# Fleet benchmark\n\n"
doc += "Written by `benchmarks/fleet/run.sh` (FLEET_FLEETS=\(fleets), FLEET_METHOD_FLEETS=\(methodFleets), "
doc += "FLEET_SEED=\(seed)) on \(ISO8601DateFormatter().string(from: started)).\n\n<!-- host facts -->\n\n"

doc += "## Per-run spread of simulated recordings\n\n"
doc += "σ of one run's total-overhead log ratio (10 runs × 100 iterations, baseline and full integration), "
doc += "over 40 recordings: what the effect-level simulation (`FleetSimulator.quietRunSigma`, "
doc += "`realisticRunSigma`) draws from.\n\n"
var spread = FleetTable(["machine", "rms σ", "median σ"])
for (name, noise) in [("quiet", RecordingSimulator.Noise.quiet), ("realistic", .realistic)] {
    let s = RecordingLevel.runSpread(noise: noise, count: 40)
    spread.add([name, fixed(s.rms, 4), fixed(s.median, 4)])
}
doc += spread.text + "\n\n"

doc += "## Full recordings through FleetAnalyzer\n\n"
doc += "Each host a simulated recording (baseline and full integration, 100 iterations, 10 agents) with its "
doc += "true overhead drawn from N(2%, 1²); analysed as `overhead-analyze fleet` does. Pooled: the 95% interval "
doc += "contains 2%. Prediction: the 95% prediction interval contains a fresh host's true overhead. False flag: "
doc += "a fleet of ordinary hosts with at least one host marked odd. Odd host: one host at 10% marked odd "
doc += "(above). 3 hosts: the pooled interval of 3-host fleets contains 2%. \(fleets) fleets per cell.\n\n"
var recordingTable = FleetTable([
    "machine", "runs", "pooled %", "mean width (points)", "prediction %", "false flag %", "odd flagged %",
    "3 hosts pooled %",
])
for (name, noise, blocks) in [
    ("quiet", RecordingSimulator.Noise.quiet, 10), ("realistic", .realistic, 10), ("realistic", .realistic, 30),
] {
    let o = try RecordingLevel.run(noise: noise, blocks: blocks, fleets: fleets, seed: seed)
    recordingTable.add([
        name, String(blocks), percent(o.pooledCovers, of: o.fleets), fixed(o.pooledWidth / Double(max(o.fleets, 1)), 2),
        percent(o.predictionCovers, of: o.fleets), percent(o.fleetsWithFalseFlag, of: o.fleets),
        percent(o.oddFlagged, of: o.oddFleets), percent(o.threeHostCovers, of: o.threeHostFleets),
    ])
}
doc += recordingTable.text + "\n\n"

for (name, sigma) in [("quiet", FleetSimulator.quietRunSigma), ("realistic", FleetSimulator.realisticRunSigma)] {
    doc += "## Method choices, per-host estimates, \(name) machine (σ = \(sigma), 10 runs)\n\n"
    doc += "Coverage of the pooled 95% interval (truth 2%) and of the prediction interval (a fresh host), "
    doc += "\(methodFleets) fleets per row.\n\n"
    var table = FleetTable(["hosts", "method", "pooled %", "mean width (points)", "prediction %"])
    for hosts in [3, 5, 20] {
        for row in MethodComparison.pooledIntervals(runSigma: sigma, hosts: hosts, fleets: methodFleets, seed: seed) {
            table.add([
                String(hosts), row.label, percent(row.covers, of: row.fleets),
                fixed(row.width / Double(max(row.fleets, 1)), 2), percent(row.predictionCovers, of: row.fleets),
            ])
        }
    }
    doc += table.text + "\n\n"
    doc += "Odd hosts, 20 hosts, one at 10%: flagged when its own 95% interval lies wholly outside the "
    doc += "prediction interval of\n\n"
    var flags = FleetTable(["judged against", "odd flagged %", "fleets with a false flag %"])
    for (label, flagged, falseFlags, total) in MethodComparison.flagging(
        runSigma: sigma, fleets: methodFleets, seed: seed)
    {
        flags.add([label, percent(flagged, of: total), percent(falseFlags, of: total)])
    }
    doc += flags.text + "\n\n"
}
doc += "Run time: \(fixed(Date().timeIntervalSince(started), 0)) s.\n"
try doc.write(toFile: output, atomically: true, encoding: .utf8)
