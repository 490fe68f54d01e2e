/// The facts of the suite's design that both programs rely on: what the recorder runs is what the
/// analyzer (and the recorder's own stopping rule) assumes was run. Change them here only.
public enum SuiteDesign {
    /// The full-integration test reports health once every this many messages (the original's).
    public static let healthReportEvery = 10

    /// The series every overhead is measured against: the baseline test's plain send.
    public static let baselineSend = TestOperation(.baseline, .messageSend)
}
