import Glibc
import OverheadRecorder

var environment: [String: String] = [:]
var cursor = environ
while let entry = cursor.pointee {
    let text = String(cString: entry)
    if let eq = text.firstIndex(of: "=") { environment[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
    cursor += 1
}
exit(RecorderCommand.main(Array(CommandLine.arguments.dropFirst()), environment: environment, ownsProcess: true))
