/// Opens the factory for the configured target.
enum TargetSelection {
    static func factory(for config: RecorderConfiguration) throws -> BusTargetFactory {
        switch config.target {
        case .native:
            return NativeBusTargetFactory()
        case .shell:
            return try ShellTargetFactory(recorder: config)
        }
    }
}
