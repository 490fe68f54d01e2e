import OverheadFormat

#if canImport(Glibc)
    import Glibc
#endif

// Reads the given results files (and `--perf-log FILE`s) with RecordingReader and prints what it
// found and how long the read took, so the reader's speed can be measured apart from the analysis.
// Usage: reader-bench [--threads N] [--strict] [--series] [--perf-log FILE]... RESULTS...
//   --series  also print each series' count and mean (checked against Python's in run.sh)

var files: [String] = []
var perfLogs: [String] = []
var options = ReadOptions()
var printSeries = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--threads": options.threads = Int(args.popFirst() ?? "") ?? 0
    case "--perf-log": if let f = args.popFirst() { perfLogs.append(f) }
    case "--strict": options.strict = true
    case "--series": printSeries = true
    default: files.append(a)
    }
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var bytes = 0
for f in files {
    var st = stat()
    if stat(f, &st) == 0 { bytes += Int(st.st_size) }
}
let t0 = now()
do {
    let r = try RecordingReader.read(resultsFiles: files, perfLogs: perfLogs, options: options)
    let seconds = now() - t0
    let samples = r.series.values.reduce(0) { $0 + $1.count }
    print(
        "records \(r.recordsRead)  samples \(samples)  series \(r.series.count)  warm-up \(r.warmupSamples)  summaries \(r.summaries.count)  perf \(r.perf.count)  skipped \(r.skippedLines)"
    )
    for d in r.diagnostics.prefix(5) { print("  \(d)") }
    if printSeries {
        for key in r.series.keys.sorted() {
            let v = r.series[key]!.elapsedMs
            let mean = v.reduce(0, +) / Double(v.count)
            print("series \(key.testName)/\(key.operation)@\(key.agentCount) n=\(v.count) mean=\(mean)")
        }
    }
    let mb = Double(bytes) / 1e6
    print("read \(String(Int(mb))) MB in \(String(Int(seconds * 1000))) ms: \(String(Int(mb / seconds))) MB/s")
} catch {
    print("error: \(error)")
    exit(2)
}
