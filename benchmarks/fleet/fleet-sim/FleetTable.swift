import Foundation

/// A Markdown table, cells right-aligned and padded so it also reads as plain text.
struct FleetTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    var text: String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| "
                + zip(cells, widths).map { String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 1) + ":" }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// `94.4` from 472 of 500.
func percent(_ count: Int, of total: Int) -> String {
    total == 0 ? "–" : String(format: "%.1f", 100 * Double(count) / Double(total))
}

func fixed(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }
