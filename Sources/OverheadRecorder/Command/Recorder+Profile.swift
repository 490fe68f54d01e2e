import OverheadFormat

extension Recorder {
    /// The profiling phase after the measured blocks (`--profile`): never during them, since tracing
    /// perturbs timing. Writes the profile file; returns what went wrong, or nil.
    static func profile(
        _ settings: ProfileSettings, file: LineFile, factory: BusTargetFactory, busRoot: String,
        stop: StopCondition, progress: ProgressReporter
    ) -> String? {
        progress.note("profiling: \(settings.calls) traced calls per layer function")
        let profile: Profile
        do {
            guard let made = try factory.profile(busRoot: busRoot, settings: settings, shouldStop: { stop.shouldStop })
            else {
                file.removeIfCreatedAndEmpty()
                return "the \(factory.info.kind) target cannot be profiled"
            }
            profile = made
        } catch {
            file.removeIfCreatedAndEmpty()
            return "profiling failed: \(error)"
        }
        do {
            try file.truncateToEmpty()
            for line in profile.jsonLines { file.append(line) }
            try file.flush()
        } catch {
            return error.description
        }
        progress.note(
            "profile: \(settings.path) (\(PerfSample.fixed(profile.header.seconds, decimals: 1)) s, "
                + "\(profile.header.droppedCalls) calls dropped)")
        return nil
    }
}
