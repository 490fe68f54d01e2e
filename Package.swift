// swift-tools-version:6.0
import PackageDescription

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "OverheadBench",
    products: [
        .executable(name: "overhead-record", targets: ["overhead-record"]),
        .executable(name: "overhead-analyze", targets: ["overhead-analyze"]),
    ],
    dependencies: [
        // Command-line parsing with generated help and typed errors, for both programs.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Logic-less templates that escape by default, for the HTML report.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // `swift package generate-documentation`: builds the DocC catalogs under Sources. No target uses it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // SQLite with transactions and versioned migrations, for the history store (`overhead-analyze history`).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Record types and JSON Lines reading/writing shared by both programs. No dependencies.
        .target(name: "OverheadFormat"),
        // Pure statistics: descriptive, percentiles, intervals, tests. No dependencies, no I/O.
        .target(name: "OverheadStats"),
        // The embedded tmpfs message bus: the default system under test.
        .target(name: "NativeBus", dependencies: ["OverheadFormat"]),
        // Speed benchmark of the native bus against the same system calls issued directly.
        .executableTarget(name: "bus-bench", dependencies: ["NativeBus"], path: "benchmarks/bus/bus-bench"),
        // The benchmark suite, timing, scheduling, resource monitor and output of the recorder.
        // The synthetic layer's spin, fenced so that its cost does not depend on the code around it.
        .target(name: "CFencedSpin"),
        .target(
            name: "OverheadRecorder",
            dependencies: ["OverheadFormat", "OverheadStats", "NativeBus", "CFencedSpin", argumentParser]),
        .executableTarget(name: "overhead-record", dependencies: ["OverheadRecorder"]),

        // Overhead, attribution, resources, criteria and verdicts: pure code over parsed records.
        .target(name: "OverheadAnalysis", dependencies: ["OverheadFormat", "OverheadStats"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .executableTarget(name: "embed-templates", path: "Sources/embed-templates"),
        .plugin(
            name: "EmbedTemplatesPlugin", capability: .buildTool(), dependencies: ["embed-templates"],
            path: "Sources/EmbedTemplatesPlugin"),
        // Console, JSON, JUnit XML and HTML renderers behind one protocol.
        .target(
            name: "OverheadReports",
            dependencies: [
                "OverheadFormat", "OverheadAnalysis", "CLibXML2", .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        // The history store: recordings' digests, labels, verdicts and baselines in one SQLite file.
        .target(
            name: "OverheadHistory",
            dependencies: [
                "OverheadFormat", "OverheadStats", "OverheadAnalysis", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "AnalyzerCLI",
            dependencies: ["OverheadFormat", "OverheadAnalysis", "OverheadReports", "OverheadHistory", argumentParser]),
        .executableTarget(name: "overhead-analyze", dependencies: ["AnalyzerCLI"]),
        // Times the results-file reader alone (benchmarks/analyzer/run.sh).
        .executableTarget(
            name: "reader-bench", dependencies: ["OverheadFormat"], path: "benchmarks/analyzer/reader-bench"),

        // Simulated recordings with a known true overhead, and the calibration harness over them:
        // used by the tests (through TestSupport) and by the calibration sweep.
        .target(name: "OverheadSimulation", dependencies: ["OverheadFormat", "OverheadStats"]),
        // Calibration sweep of the statistics; writes benchmarks/stats/RESULTS.md (benchmarks/stats/run-sweep.sh).
        .executableTarget(
            name: "stats-sweep", dependencies: ["OverheadSimulation", "OverheadStats"], path: "benchmarks/stats/sweep"),
        // Coverage and odd-host detection of the fleet pooling; writes benchmarks/fleet/RESULTS.md (benchmarks/fleet/run.sh).
        .executableTarget(
            name: "fleet-sim", dependencies: ["OverheadAnalysis", "OverheadSimulation", "OverheadStats"],
            path: "benchmarks/fleet/fleet-sim"),

        // Change-point simulation over simulated histories; writes benchmarks/history/SIMULATION.md
        // (benchmarks/history/simulate.sh).
        .executableTarget(
            name: "changepoint-sim",
            dependencies: ["OverheadSimulation", "OverheadAnalysis", "OverheadStats", "OverheadRecorder"],
            path: "benchmarks/history/changepoint-sim"),
        // Fills a history with simulated recordings for benchmarks/history/run.sh.
        .executableTarget(
            name: "history-fill",
            dependencies: ["OverheadHistory", "OverheadSimulation", "OverheadAnalysis", "OverheadRecorder"],
            path: "benchmarks/history/history-fill"),

        .target(
            name: "TestSupport",
            dependencies: ["OverheadFormat", "OverheadAnalysis", "OverheadSimulation", "OverheadRecorder"],
            path: "Tests/TestSupport"),
        .testTarget(name: "OverheadFormatTests", dependencies: ["OverheadFormat", "TestSupport"]),
        .testTarget(name: "OverheadStatsTests", dependencies: ["OverheadStats", "TestSupport"]),
        .testTarget(name: "NativeBusTests", dependencies: ["NativeBus", "TestSupport"]),
        .testTarget(
            name: "OverheadRecorderTests",
            dependencies: ["OverheadRecorder", "CFencedSpin", "OverheadAnalysis", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "OverheadHistoryTests",
            dependencies: [
                "OverheadHistory", "OverheadAnalysis", "OverheadSimulation", "OverheadRecorder", "TestSupport",
            ]),
        .testTarget(name: "OverheadAnalysisTests", dependencies: ["OverheadAnalysis", "OverheadStats", "TestSupport"]),
        .testTarget(
            name: "OverheadReportsTests",
            dependencies: ["OverheadReports", "OverheadStats", "CLibXML2", "TestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "AnalyzerCLITests",
            dependencies: ["AnalyzerCLI", "OverheadAnalysis", "OverheadReports", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "OverheadFormat", "OverheadHistory"]),
    ]
)
