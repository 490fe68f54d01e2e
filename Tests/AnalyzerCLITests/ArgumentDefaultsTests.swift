import OverheadAnalysis
import Testing

@testable import AnalyzerCLI

/// The analyzer's flags default to the analysis library's own defaults; `--help` prints the
/// flags' defaults (ArgumentParser's "(default: …)"), so help, CLI and library agree.
@Suite struct ArgumentDefaultsTests {
    @Test func analyzeFlagsDefaultToTheLibrarysOptions() throws {
        let args = try AnalyzeArguments.parse(["r.jsonl"])
        #expect(args.analysisOptions == AnalysisOptions())
        #expect(args.inconclusivePolicy == .fail)
        #expect(args.shared.color == .auto)
    }

    @Test func compareConfidenceDefaultsToTheLibrarys() throws {
        let args = try CompareArguments.parse(["old.jsonl", "new.jsonl"])
        #expect(args.shared.confidence == AnalysisOptions().confidence)
        #expect(args.maxRegression == 5)
    }
}
