import CLibXML2
import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

@Suite struct JUnitReportTests {
    /// What all three public JUnit schemas accept: the output with `--junit-plain-skipped`.
    static var schemaPath: String {
        TestSupport.packageRoot.appendingPathComponent("Tests/OverheadReportsTests/Fixtures/junit-common.xsd").path
    }

    /// The same with a `message` on `skipped`: the default output (junit-10.xsd and Ant's schema).
    static var defaultSchemaPath: String {
        TestSupport.packageRoot.appendingPathComponent("Tests/OverheadReportsTests/Fixtures/junit-skipped-message.xsd")
            .path
    }

    func render(_ r: AnalysisResult, _ policy: InconclusivePolicy = .fail, skippedMessage: Bool = true) throws
        -> [UInt8]
    {
        var options = ReportOptions(inconclusivePolicy: policy)
        options.junitSkippedMessage = skippedMessage
        return try JUnitReport().render(r, options: options)
    }

    /// Parses the report back and returns its elements; fails the test when it is not well-formed.
    func elements(_ bytes: [UInt8]) throws -> [xmlNodePtr] {
        let (doc, errors) = LibXML2Support.parse(bytes)
        #expect(errors.isEmpty, "\(errors)")
        let d = try #require(doc)
        // The nodes stay valid for the test's lifetime; a few kilobytes leaked per test is acceptable.
        return LibXML2Support.elements(d)
    }

    @Test func fullMatchesGolden() throws {
        try GoldenFile.check(try render(SampleResults.full), against: "junit-full.xml")
    }

    @Test(arguments: [InconclusivePolicy.fail, .pass, .skip])
    func validatesAgainstTheKeptSchema(policy: InconclusivePolicy) throws {
        for (name, result) in [
            ("full", SampleResults.full), ("summaries", SampleResults.summariesOnly),
            ("hostile", SampleResults.hostile),
        ] {
            let plain = try render(result, policy, skippedMessage: false)
            let errors = try LibXML2Support.validate(plain, schemaPath: Self.schemaPath)
            #expect(errors.isEmpty, "\(name), --inconclusive \(policy.rawValue), plain skipped: \(errors)")
            let withMessages = try LibXML2Support.validate(
                try render(result, policy), schemaPath: Self.defaultSchemaPath)
            #expect(withMessages.isEmpty, "\(name), --inconclusive \(policy.rawValue): \(withMessages)")
        }
    }

    @Test func theKeptSchemaRejectsWhatOneOfTheThreeWouldReject() throws {
        // Guards against a schema that accepts anything: each of these breaks one of the three public schemas.
        let base = String(decoding: try render(SampleResults.full, skippedMessage: false), as: UTF8.self)
        let broken = [
            base.replacingOccurrences(of: "<testsuites>", with: "<testsuites name=\"x\">"),  // Ant: no attributes
            base.replacingOccurrences(of: "T17:30:00\"", with: "T17:30:00Z\""),  // Ant: no zone
            base.replacingOccurrences(of: "<skipped>", with: "<skipped message=\"m\">"),  // JUnit 5: no attributes
            base.replacingOccurrences(of: " package=\"overheadbench\"", with: ""),  // Ant: package required
            base.replacingOccurrences(of: "<system-err/>", with: "").replacingOccurrences(
                of: "<system-err></system-err>", with: ""),
        ]
        for doc in broken {
            #expect(doc != base)
            #expect(!(try LibXML2Support.validate(Array(doc.utf8), schemaPath: Self.schemaPath)).isEmpty)
        }
    }

    @Test func oneSuitePerScalePlusTheRecording() throws {
        let suites = try elements(try render(SampleResults.full)).filter { LibXML2Support.name($0) == "testsuite" }
        #expect(
            suites.map { LibXML2Support.attribute($0, "name") } == [
                "overheadbench.1_agent", "overheadbench.10_agents", "overheadbench.100_agents",
                "overheadbench.recording",
            ])
        #expect(suites.map { LibXML2Support.attribute($0, "id") } == ["0", "1", "2", "3"])
        #expect(suites.allSatisfy { LibXML2Support.attribute($0, "timestamp") == "2026-11-26T17:30:00" })
        #expect(suites.allSatisfy { LibXML2Support.attribute($0, "hostname") == "bench-01" })
        let big = suites[2]
        // 4 criteria at 100 agents + 12 series.
        #expect(LibXML2Support.attribute(big, "tests") == "16")
        #expect(LibXML2Support.attribute(big, "failures") == "2")
        #expect(LibXML2Support.attribute(big, "errors") == "1")
        // Sum of count × mean over the 100-agent series, in seconds, three decimals.
        let expected = SampleResults.full.series.filter { $0.agentCount == 100 }.map {
            Double($0.count) * $0.mean / 1000
        }.reduce(0, +)
        #expect(LibXML2Support.attribute(big, "time") == String(format: "%.3f", expected))
    }

    @Test func failureMessagesStateValueIntervalLimitAndUnit() throws {
        let all = try elements(try render(SampleResults.full))
        let failures = all.filter { LibXML2Support.name($0) == "failure" }
        let messages = failures.compactMap { LibXML2Support.attribute($0, "message") }
        #expect(
            messages.contains("FAIL: measured 2.07% (95% CI 1.52 to 2.62%, 5 runs), limit < 1%: the limit is exceeded"))
        #expect(
            messages.contains(
                "INCONCLUSIVE: measured 0.91% (95% CI 0.55 to 1.27%, 5 runs), limit < 1%; "
                    + "smallest detectable difference 0.36%; about 12 more runs needed to decide"
            ))
        let errors = all.filter { LibXML2Support.name($0) == "error" }
        #expect(
            errors.compactMap { LibXML2Support.attribute($0, "message") } == [
                "3 operations failed; last: inbox full after 3 retries"
            ])
        #expect(errors.map(LibXML2Support.text) == ["backpressure: retry limit reached"])
    }

    @Test func inconclusiveFollowsThePolicy() throws {
        func counts(_ p: InconclusivePolicy) throws -> (Int, Int) {
            let all = try elements(try render(SampleResults.full, p))
            return (
                all.filter { LibXML2Support.name($0) == "failure" }.count,
                all.filter { LibXML2Support.name($0) == "skipped" }.count
            )
        }
        // full: 1 FAIL, 2 INCONCLUSIVE, 1 NOT EVALUATED.
        #expect(try counts(.fail) == (3, 1))
        #expect(try counts(.pass) == (1, 1))
        #expect(try counts(.skip) == (1, 3))
        let skipped = try elements(try render(SampleResults.full, .skip)).filter {
            LibXML2Support.name($0) == "skipped"
        }
        #expect(
            skipped.map(LibXML2Support.text).contains {
                $0.hasPrefix("NOT EVALUATED: the perf log has no samples")
            })
        // Every skipped element has a message CI readers show; plain output has none (jenkins-junit.xsd).
        #expect(skipped.allSatisfy { LibXML2Support.attribute($0, "message")?.isEmpty == false })
        let plain = try elements(try render(SampleResults.full, .skip, skippedMessage: false)).filter {
            LibXML2Support.name($0) == "skipped"
        }
        #expect(!plain.isEmpty && plain.allSatisfy { LibXML2Support.attributes($0).isEmpty })
    }

    @Test func benchmarkFiguresAreSuitePropertiesAndSystemOut() throws {
        let all = try elements(try render(SampleResults.full))
        let properties = all.filter { LibXML2Support.name($0) == "property" }
        let names = properties.compactMap { LibXML2Support.attribute($0, "name") }
        for figure in ["n", "mean_ms", "p50_ms", "p95_ms", "p99_ms"] {
            #expect(names.contains("benchmark.baseline.message_send.\(figure)"), "\(figure)")
        }
        let outs = all.filter { LibXML2Support.name($0) == "system-out" }.map(LibXML2Support.text)
        #expect(outs.contains { $0.contains("baseline.message_send: n=") && $0.contains(" p99 ") })
    }

    @Test func manifestBecomesProperties() throws {
        let props = try elements(try render(SampleResults.full)).filter { LibXML2Support.name($0) == "property" }
        let pairs = props.map {
            (LibXML2Support.attribute($0, "name") ?? "", LibXML2Support.attribute($0, "value") ?? "")
        }
        #expect(pairs.contains { $0 == ("host.cpu_model", "Example CPU @ 2.40GHz") })
        #expect(pairs.contains { $0 == ("config.seed", "42") })
        #expect(pairs.contains { $0 == ("inconclusive_policy", "fail") })
        // Without a manifest, properties are still there (jenkins-junit.xsd needs at least one) and the host is localhost.
        let bare = try elements(try render(SampleResults.summariesOnly))
        #expect(
            bare.filter { LibXML2Support.name($0) == "testsuite" }.allSatisfy {
                LibXML2Support.attribute($0, "hostname") == "localhost"
            })
        #expect(bare.filter { LibXML2Support.name($0) == "properties" }.allSatisfy { $0.pointee.children != nil })
    }

    @Test func hostileTextIsEscapedAndStrippedOfForbiddenCharacters() throws {
        let bytes = try render(SampleResults.hostile)
        let all = try elements(bytes)
        let texts = all.flatMap { node in LibXML2Support.attributes(node).map(\.1) + [LibXML2Support.text(node)] }
        for t in texts {
            #expect(
                !t.unicodeScalars.contains { !TextSanitizer.isXMLChar($0) },
                "forbidden character in \(t.debugDescription)")
        }
        // The hostile text comes back exactly, minus the forbidden characters (attribute line breaks are
        // escaped as character references by the writer, so they survive too).
        let clean = TextSanitizer.xml(SampleResults.hostileText)
        let props = all.filter { LibXML2Support.name($0) == "property" }
        #expect(props.contains { LibXML2Support.attribute($0, "value") == "cpu " + clean })
        #expect(
            all.contains {
                LibXML2Support.name($0) == "system-err" && LibXML2Support.text($0).contains("warning " + clean)
            })
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(!raw.contains("<script>"))
        #expect(raw.contains("&lt;script&gt;"))
        #expect(!raw.contains("\u{1B}") && !raw.contains("\u{0}"))
    }

    @Test func timestampsWithoutManifestComeFromThePerfLogOrTheEpoch() {
        #expect(JUnitDocument.timestamp(unixTime: 1_795_800_000) == "2026-11-27T17:20:00")  // date -u -d @1795800000
        #expect(JUnitDocument.timestamp(unixTime: 0) == "1970-01-01T00:00:00")
        #expect(ReportFacts.timestampWithoutZone("2026-11-26T17:30:00.123Z") == "2026-11-26T17:30:00")
        #expect(ReportFacts.timestampWithoutZone("garbage <x>") == nil)
    }
}
