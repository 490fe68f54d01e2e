import OverheadAnalysis

/// JUnit XML for CI dashboards, written with libxml2's xmlTextWriter. The output keeps to what
/// Jenkins xunit's junit-10.xsd, JUnit 5's jenkins-junit.xsd and Ant's JUnit.xsd all accept (the
/// project keeps that intersection as `Tests/OverheadReportsTests/Fixtures/junit-common.xsd`):
/// a `testsuites` root without attributes; per suite `properties`, the test cases, then
/// `system-out` and `system-err` (always present); at most one of `failure`, `error` or
/// `skipped` per case. Every `failure`, `error` and `skipped` has a `message`; JUnit 5's legacy
/// jenkins-junit.xsd allows no attributes on `skipped`, so `ReportOptions.junitSkippedMessage`
/// (`--junit-plain-skipped`) leaves it out for readers that validate against that schema.
public struct JUnitReport: ReportRenderer {
    public var formatName: String { "JUnit" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        try Self.write(
            JUnitDocument(result, policy: options.inconclusivePolicy), skippedMessage: options.junitSkippedMessage)
    }

    static func write(_ doc: JUnitDocument, skippedMessage: Bool = true) throws -> [UInt8] {
        let w = try XMLWriter()
        try w.start("testsuites")
        for suite in doc.suites {
            try w.start("testsuite")
            try w.attribute("name", suite.name)
            try w.attribute("tests", String(suite.cases.count))
            try w.attribute("failures", String(suite.failures))
            try w.attribute("errors", String(suite.errors))
            try w.attribute("skipped", String(suite.skipped))
            try w.attribute("time", NumberText.seconds(suite.time))
            try w.attribute("timestamp", suite.timestamp)
            try w.attribute("hostname", suite.hostname)
            try w.attribute("id", String(suite.id))
            try w.attribute("package", suite.package)
            try w.start("properties")
            for p in suite.properties {
                try w.start("property")
                try w.attribute("name", p.name)
                try w.attribute("value", p.value)
                try w.end()
            }
            try w.end()
            for c in suite.cases { try write(c, to: w, skippedMessage: skippedMessage) }
            try w.start("system-out")
            try w.text(suite.systemOut)
            try w.end(full: true)
            try w.start("system-err")
            try w.text(suite.systemErr)
            try w.end(full: true)
            try w.end()
        }
        try w.end()
        return try w.finish()
    }

    private static func write(_ c: JUnitDocument.Case, to w: XMLWriter, skippedMessage: Bool) throws {
        try w.start("testcase")
        try w.attribute("name", c.name)
        try w.attribute("classname", c.classname)
        try w.attribute("time", NumberText.seconds(c.time))
        switch c.outcome {
        case .passed:
            break
        case .failure(let type, let message, let text), .error(let type, let message, let text):
            let isFailure = if case .failure = c.outcome { true } else { false }
            try w.start(isFailure ? "failure" : "error")
            try w.attribute("type", type)
            try w.attribute("message", message)
            try w.text(text)
            try w.end(full: true)
        case .skipped(let message, let reason):
            try w.start("skipped")
            if skippedMessage { try w.attribute("message", message) }
            try w.text(reason)
            try w.end(full: true)
        }
        try w.end()
    }
}
