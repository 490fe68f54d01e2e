import Foundation

/// Usage: embed-templates OUTPUT.swift FILE...
/// Writes `enum EmbeddedTemplates { static let files: [String: String] }` keyed by file name.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-templates OUTPUT.swift FILE...\n".utf8))
    exit(2)
}
var source =
    "// Generated at build time from templates/. Do not edit.\nenum EmbeddedTemplates {\n    static let files: [String: String] = [\n"
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    // A raw string delimiter longer than any run of # in the text keeps the content verbatim.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    source += "        \"\(url.lastPathComponent)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(to: URL(fileURLWithPath: outputPath), atomically: true, encoding: .utf8)
