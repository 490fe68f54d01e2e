/// The JUnit XML report as plain data, before any XML is written: what every CI reader of
/// Jenkins xunit (junit-10.xsd), JUnit 5's legacy jenkins-junit.xsd and Ant's JUnit.xsd accepts.
struct JUnitDocument: Sendable, Equatable {
    var suites: [Suite]

    struct Suite: Sendable, Equatable {
        var name: String
        var package: String
        var id: Int
        var hostname: String
        /// `YYYY-MM-DDThh:mm:ss`, no fraction and no zone (Ant's schema rejects both).
        var timestamp: String
        /// Never empty: jenkins-junit.xsd requires at least one property when `properties` is present,
        /// and Ant's schema requires `properties`.
        var properties: [Property]
        var cases: [Case]
        var systemOut: String
        var systemErr: String

        var time: Double { cases.map(\.time).reduce(0, +) }
        var failures: Int { cases.filter { if case .failure = $0.outcome { true } else { false } }.count }
        var errors: Int { cases.filter { if case .error = $0.outcome { true } else { false } }.count }
        var skipped: Int { cases.filter { if case .skipped = $0.outcome { true } else { false } }.count }
    }

    struct Property: Sendable, Equatable {
        var name: String
        var value: String
    }

    struct Case: Sendable, Equatable {
        var name: String
        var classname: String
        /// Seconds; written with three decimals.
        var time: Double
        var outcome: Outcome
    }

    enum Outcome: Sendable, Equatable {
        case passed
        /// A criterion shown to miss its limit (or INCONCLUSIVE counted as failure).
        case failure(type: String, message: String, text: String)
        /// Operations of a benchmark series that failed outright.
        case error(type: String, message: String, text: String)
        /// A one-line `message` (CI readers show it) and the full reason as the element's text.
        case skipped(message: String, reason: String)
    }
}
