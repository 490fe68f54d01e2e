import Foundation

/// A Markdown table whose cells are right-aligned and padded, so it also reads as plain text.
struct MarkdownTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    var text: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { pad($0, $1) }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 1) + ":" }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    private func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

/// A figure with three decimals, as in every table of the sweep.
func fixed(_ x: Double) -> String { String(format: "%.3f", x) }

/// One table of the results file: a heading, what the table shows, the table.
struct SweepSection {
    var title: String
    var explanation: String
    var table: MarkdownTable

    var text: String { "## \(title)\n\n\(explanation)\n\n\(table.text)\n" }
}
