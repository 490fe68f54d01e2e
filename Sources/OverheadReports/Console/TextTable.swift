/// A plain-text table whose column widths come from its content (display width, so emoji and
/// CJK names keep columns aligned). Colour is applied after padding, so escapes never count.
struct TextTable {
    struct Cell {
        var text: String
        var paint: ((String) -> String)?

        init(_ text: String, paint: ((String) -> String)? = nil) {
            self.text = TextSanitizer.terminalLine(text)
            self.paint = paint
        }
    }

    var headers: [String]
    /// Right-aligned columns (numbers); the others are left-aligned.
    var rightAligned: Set<Int> = []
    var rows: [[Cell]] = []
    var indent = ""

    init(_ headers: [String], rightAligned: Set<Int> = [], indent: String = "") {
        self.headers = headers
        self.rightAligned = rightAligned
        self.indent = indent
    }

    mutating func add(_ cells: [Cell]) { rows.append(cells) }

    mutating func add(_ texts: String...) { rows.append(texts.map { Cell($0) }) }

    /// Header, a dashed rule as the original printed, then the rows; no trailing spaces.
    func lines() -> [String] {
        let columns = headers.count
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.prefix(columns).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell.text)) }
        }
        func line(_ cells: [Cell]) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < cells.count ? cells[i] : Cell("")
                let last = i == columns - 1
                var text =
                    last && !rightAligned.contains(i)
                    ? cell.text : DisplayWidth.pad(cell.text, to: widths[i], right: rightAligned.contains(i))
                if let paint = cell.paint {
                    // Paint only the visible text, keep padding outside the escape codes.
                    let trimmed = cell.text
                    if let range = text.range(of: trimmed) { text.replaceSubrange(range, with: paint(trimmed)) }
                }
                parts.append(text)
            }
            var joined = indent + parts.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            return joined
        }
        var out = [line(headers.map { Cell($0) })]
        out.append(indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        out += rows.map(line)
        return out
    }
}
