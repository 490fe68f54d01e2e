import Foundation

// Calibration sweep of the overhead statistics: runs every table over simulated recordings with a
// known truth and writes them, with the settings, to a Markdown file.
//
//     stats-sweep [OUTPUT]      default benchmarks/stats/RESULTS.md; "-" writes to stdout
//
// Settings come from OVERHEAD_SWEEP_* environment variables (see benchmarks/stats/run-sweep.sh).

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, arguments.first.map({ !$0.hasPrefix("-") || $0 == "-" }) ?? true else {
    FileHandle.standardError.write(Data("usage: stats-sweep [OUTPUT.md | -]\n".utf8))
    exit(2)
}
let output = arguments.first ?? "benchmarks/stats/RESULTS.md"
let environment = ProcessInfo.processInfo.environment

let settings: SweepSettings
do {
    settings = try SweepSettings(environment: environment)
} catch {
    FileHandle.standardError.write(Data("stats-sweep: \(error)\n".utf8))
    exit(2)
}

let started = Date()
var sections: [SweepSection] = []
let tables: [(String, (SweepSettings) -> SweepSection)] = [
    ("coverage", CoverageTable.make), ("power", PowerTable.make), ("blocks needed", BlocksNeededTable.make),
    ("compare mode", CompareTable.make), ("tail overheads", TailTable.make),
]
for (name, make) in tables {
    let tableStarted = Date()
    FileHandle.standardError.write(Data("stats-sweep: \(name) table…".utf8))
    sections.append(make(settings))
    FileHandle.standardError.write(Data(" \(Int(Date().timeIntervalSince(tableStarted).rounded())) s\n".utf8))
}

let document = ResultsDocument(
    settings: settings,
    variables: SweepSettings.variableNames.compactMap { name in environment[name].map { (name, $0) } },
    sections: sections, finished: Date(), seconds: Date().timeIntervalSince(started))
do {
    if output == "-" {
        print(document.text, terminator: "")
    } else {
        try document.text.write(toFile: output, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("stats-sweep: wrote \(output)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("stats-sweep: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
