import Glibc
import OverheadFormat
import Synchronization

/// A shell library's background functions, each in its own bash (`ShellBackgroundScript`) that
/// joins the first driver's process group and carries its token, so every guarantee that ends the
/// driver's processes ends these too. The built-in workers run when the library defines their
/// function (`start_liveness_probe AGENT INTERVAL`, `monitor_inbox_overflow INTERVAL`,
/// `monitor_dynamic_rate_limit INTERVAL`, `monitor_alerts INTERVAL`); `--background` and
/// `--background-per-agent` ones run whenever any layer's do. Stopping kills the worker's whole
/// tree and reaps it; its CPU up to the last reading stays counted.
final class ShellBackgroundWorkers: BackgroundWorkers, @unchecked Sendable {
    let specs: [BackgroundWorkerSpec]
    private let driver: ShellTarget
    private let stderrLog: String
    private let readyTimeoutSeconds: Double
    private let state = Mutex<State>(State())

    private struct State {
        var running: [String: (process: pid_t, agents: [String])] = [:]
        var accounts: [String: ProcessTreeAccount] = [:]
        var buffer = [UInt8](repeating: 0, count: 4096)
    }

    /// `specs`: the built-in ones the library defines and the user-given ones.
    init(specs: [BackgroundWorkerSpec], driver: ShellTarget, stderrLog: String, readyTimeoutSeconds: Double) {
        self.specs = specs
        self.driver = driver
        self.stderrLog = stderrLog
        self.readyTimeoutSeconds = readyTimeoutSeconds
    }

    var plan: [BackgroundWorkerInfo] { specs.map { $0.info(native: false) } }

    /// A worker whose bash is gone (killed with the driver's process group when a call timed out
    /// and the driver was restarted) is reaped and started again when still wanted.
    func run(layers: Set<BackgroundLayer>, agents: [String]) {
        for spec in specs {
            let wanted = spec.layer.map { layers.contains($0) } ?? !layers.isEmpty
            var current = state.withLock { $0.running[spec.name] }
            if let running = current, !wanted || running.agents != agents || !Self.isAlive(running.process) {
                stop(spec.name)
                current = nil
            }
            if wanted, current == nil { start(spec, agents: agents) }
        }
    }

    /// The bash running worker `name`, if it runs.
    func process(of name: String) -> pid_t? { state.withLock { $0.running[name]?.process } }

    private static func isAlive(_ pid: pid_t) -> Bool {
        guard let entry = ProcessTable.entry(pid) else { return false }
        return entry.state != UInt8(ascii: "Z") && entry.state != UInt8(ascii: "X")
    }

    func stopAll() {
        for spec in specs { stop(spec.name) }
    }

    func componentCPU() -> [(name: String, ns: UInt64, bytes: UInt64)] { read(withPSS: false).components }

    /// Each worker's tree is read once: a second read right after the first would take every
    /// process the first one saw as lasting, the short-lived forks too.
    func read(withPSS: Bool) -> BackgroundReading {
        state.withLock { s in
            var out = BackgroundReading(components: [], rssBytes: 0, pssBytes: withPSS ? 0 : nil)
            for spec in specs {
                guard var account = s.accounts[spec.name] else {
                    out.components.append((spec.name, 0, 0))
                    continue
                }
                let running = s.running[spec.name] != nil
                let r = account.read(withPSS: withPSS && running, buffer: &s.buffer)
                s.accounts[spec.name] = account
                out.components.append((spec.name, r.cpuNs, running ? r.rssBytes : 0))
                guard running else { continue }
                out.rssBytes += r.rssBytes
                if let p = r.pssBytes, out.pssBytes != nil { out.pssBytes! += p } else { out.pssBytes = nil }
            }
            return out
        }
    }

    private func start(_ spec: BackgroundWorkerSpec, agents: [String]) {
        guard let group = driver.shellProcessID else { return }
        let files = driver.librarySourceOrder
        let interval = spec.layer == nil ? "" : ShellTarget.number(spec.intervalSeconds)
        let offsets = spec.layer == nil ? [] : spec.phases(instances: spec.perAgent ? agents.count : 1)
        let phases = [String(offsets.count)] + offsets.map { PerfSample.fixed($0, decimals: 3) }
        let argv =
            [
                "bash", "--noprofile", "--norc", "-c", ShellBackgroundScript.text, "overhead-background-\(spec.name)",
                spec.perAgent ? "1" : "0", interval, String(files.count),
            ] + files + [String(spec.command.count)]
            + spec.command + phases + (spec.perAgent ? agents : [])
        guard
            let pid = BackgroundProcess.start(
                argv: argv, environment: driver.processEnvironment, group: group, stderrLog: stderrLog,
                readyTimeoutSeconds: readyTimeoutSeconds)
        else { return }
        state.withLock { s in
            s.running[spec.name] = (pid, agents)
            var account = s.accounts[spec.name] ?? ProcessTreeAccount(root: pid)
            account.follow(pid)
            _ = account.read(withPSS: false, buffer: &s.buffer)
            s.accounts[spec.name] = account
        }
    }

    private func stop(_ name: String) {
        let pid: pid_t? = state.withLock { s in
            guard let running = s.running.removeValue(forKey: name) else { return nil }
            var account = s.accounts[name]
            // Before the reading, which only sees what is still under the worker's bash.
            let known = account?.survivors(buffer: &s.buffer) ?? []
            _ = account?.read(withPSS: false, buffer: &s.buffer)
            BackgroundProcess.end(root: running.process)
            // What the last reading saw and still runs: the whole tree when its bash was killed alone.
            for pid in known where pid != running.process { kill(pid, SIGKILL) }
            account?.retire()
            s.accounts[name] = account
            return running.process
        }
        if let pid { BackgroundProcess.reap(pid) }
    }
}
