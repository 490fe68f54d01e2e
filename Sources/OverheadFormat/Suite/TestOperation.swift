/// One timed series of the suite within a scale: a test and one of its operations.
public struct TestOperation: Hashable, Sendable {
    public var test: TestName
    public var operation: OperationName

    public init(_ test: TestName, _ operation: OperationName) {
        self.test = test
        self.operation = operation
    }
}
