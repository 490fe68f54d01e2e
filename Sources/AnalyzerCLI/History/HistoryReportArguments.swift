import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze history report [--html FILE] [--json FILE] [--markdown FILE] [--db FILE]`.
struct HistoryReportArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The total overhead per agent count over time with its intervals, and the change points in each.")

    @OptionGroup var history: HistoryDatabaseOption

    @Option(help: ArgumentHelp("Confidence level of every interval, in (0, 1).", valueName: "C"))
    var confidence: Double = AnalysisOptions().confidence

    @Option(help: ArgumentHelp("Write the report as JSON (- for standard output).", valueName: "file"))
    var json: String?

    @Option(
        help: ArgumentHelp("Write the report as a self-contained HTML page (- for standard output).", valueName: "file")
    )
    var html: String?

    @Option(help: ArgumentHelp("Write the report as Markdown (- for standard output).", valueName: "file"))
    var markdown: String?

    @Option(help: ArgumentHelp("Templates overriding the built-in HTML ones.", valueName: "dir"))
    var templates: String?

    @Option(
        help: ArgumentHelp(
            "A change point is reported when its permutation p-value is at most this.", valueName: "P"))
    var significance: Double = ChangePointOptions().significance

    @Option(help: ArgumentHelp("Permutations per change-point test.", valueName: "N"))
    var permutations: Int = ChangePointOptions().permutations

    @Option(
        name: .customLong("min-segment"),
        help: ArgumentHelp("Fewest recordings on each side of a change point.", valueName: "N"))
    var minSegment: Int = ChangePointOptions().minimumSegment

    @Option(help: ArgumentHelp("Colour on the console.", valueName: "when"))
    var color: ColorChoice = .auto

    func validate() throws {
        if !(confidence > 0 && confidence < 1) {
            throw ValidationError("--confidence must be between 0 and 1 (exclusive), got \(confidence).")
        }
        if !(significance > 0 && significance < 1) {
            throw ValidationError("--significance must be between 0 and 1 (exclusive), got \(significance).")
        }
        if !(19...100_000).contains(permutations) {
            throw ValidationError("--permutations must be 19 to 100000, got \(permutations).")
        }
        if !(2...1000).contains(minSegment) {
            throw ValidationError("--min-segment must be 2 to 1000, got \(minSegment).")
        }
    }

    var changePointOptions: ChangePointOptions {
        ChangePointOptions(significance: significance, permutations: permutations, minimumSegment: minSegment)
    }
}
