/// Opens the factory for the configured target.
enum TargetSelection {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func factory(for config: RecorderConfiguration) throws -> BusTargetFactory {
        switch config.target {
        case .native:
            return NativeBusTargetFactory()
        case .shell:
            throw Unavailable(description: "--target shell: the shell target is not part of this build yet")
        }
    }
}
