import OverheadFormat

/// The background workers of one run: started for the windows and phases whose layers they belong
/// to, stopped after, with their CPU kept per component across starts and stops.
protocol BackgroundWorkers: AnyObject, Sendable {
    /// What may run, for the manifest.
    var plan: [BackgroundWorkerInfo] { get }
    /// Starts the workers of `layers` that are not running (user-given ones run with any layer),
    /// stops the others; `agents` are the agents of the window or phase.
    func run(layers: Set<BackgroundLayer>, agents: [String])
    /// Stops every worker. Idempotent.
    func stopAll()
    /// CPU used so far per component, ns, in `plan` order (stopped instances included), with the
    /// memory each holds now (0 when stopped).
    func componentCPU() -> [(name: String, ns: UInt64, bytes: UInt64)]
    /// The components' CPU and memory and the memory the running workers hold now, from one reading
    /// of each worker (`withPSS`: their PSS too; nil when one could not be read).
    func read(withPSS: Bool) -> BackgroundReading
}

/// One reading of the background workers: per component as `componentCPU`, and their memory.
struct BackgroundReading {
    var components: [(name: String, ns: UInt64, bytes: UInt64)]
    var rssBytes: UInt64
    var pssBytes: UInt64?
}
