import Glibc
import NativeBus

// bus-bench [--rounds R] [--block N] [--dir DIR]
// Times the native bus's send, receive and metric append one call at a time, interleaved in
// rounds with the floor (the same system calls issued directly), and prints medians side by side.
// A second bus on the same root times its phases (`PhaseTimer`, as `--profile` does): its send is
// timed in the same rounds, and the time per phase is printed.

var rounds = 20
var block = 250
var parent = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let flag = arguments.next() {
    guard let value = arguments.next() else { fatalError("missing value after \(flag)") }
    switch flag {
    case "--rounds": rounds = Int(value) ?? rounds
    case "--block": block = Int(value) ?? block
    case "--dir": parent = value
    default: fatalError("unknown flag \(flag); use --rounds R --block N --dir DIR")
    }
}

@inline(__always)
func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

var template = Array("\(parent)/bus-bench-XXXXXX".utf8CString)
guard let made = mkdtemp(&template) else { fatalError("mkdtemp in \(parent) failed") }
let root = String(cString: made)
defer { _ = system("rm -rf '\(root)'") }

let bus = try NativeBus(root: root + "/bus")
let timer = PhaseTimer()
let phased = try NativeBus(root: root + "/bus", configuration: NativeBusConfiguration(), phases: timer)
try bus.initAgent("a")
try bus.initAgent("b")
let payload = #"{"iteration":1,"data":"benchmark payload"}"#
let tags = #"{"agent":"a","test":"bench"}"#

// The floor writes bytes of the same size as the bus's own files.
try bus.send(from: "a", to: "b", type: "benchmark", payload: payload)
let sample = try bus.receiveMessages("b")[0]
try bus.emitMetric(name: "message_latency", value: 0.125, unit: "ms", tags: tags)
let metricLine = Array(try String(decoding: readFile(bus.metricsFilePath), as: UTF8.self).utf8)
let floor = try Floor(root: root + "/floor", message: Array(sample.utf8), metricLine: metricLine)

func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: 4096)
    let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    return Array(bytes[0..<max(0, n)])
}

struct Samples {
    var bus: [UInt64] = []
    var floor: [UInt64] = []
}
var send = Samples()
var receive = Samples()
var metric = Samples()
var phasedSend: [UInt64] = []
send.bus.reserveCapacity(rounds * block)
send.floor.reserveCapacity(rounds * block)

@MainActor func timeBusSend() throws {
    for _ in 0..<block {
        let t0 = now()
        try bus.send(from: "a", to: "b", type: "benchmark", payload: payload)
        send.bus.append(now() - t0)
    }
    _ = try bus.receive("b")
}

@MainActor func timePhasedSend() throws {
    for _ in 0..<block {
        let t0 = now()
        try phased.send(from: "a", to: "b", type: "benchmark", payload: payload)
        phasedSend.append(now() - t0)
    }
    _ = try bus.receive("b")
}

@MainActor func timeFloorSend() {
    for _ in 0..<block {
        let t0 = now()
        floor.send()
        send.floor.append(now() - t0)
    }
    _ = floor.receive()
}

@MainActor func timeBusReceive() throws {
    for _ in 0..<block {
        try bus.send(from: "a", to: "b", type: "benchmark", payload: payload)
        let t0 = now()
        let n = try bus.receive("b")
        receive.bus.append(now() - t0)
        precondition(n == 1)
    }
}

@MainActor func timeFloorReceive() {
    for _ in 0..<block {
        floor.send()
        let t0 = now()
        let n = floor.receive()
        receive.floor.append(now() - t0)
        precondition(n == 1)
    }
}

@MainActor func timeBusMetric() throws {
    for _ in 0..<block {
        let t0 = now()
        try bus.emitMetric(name: "message_latency", value: 0.125, unit: "ms", tags: tags)
        metric.bus.append(now() - t0)
    }
}

@MainActor func timeFloorMetric() {
    for _ in 0..<block {
        let t0 = now()
        floor.emitMetric()
        metric.floor.append(now() - t0)
    }
}

// One warm-up round, discarded.
try timePhasedSend()
try timeBusSend()
timeFloorSend()
try timeBusReceive()
timeFloorReceive()
try timeBusMetric()
timeFloorMetric()
send = Samples()
receive = Samples()
metric = Samples()
phasedSend = []
_ = timer.take()

for round in 0..<rounds {
    // Alternate which side goes first so drift favours neither.
    if round % 2 == 0 {
        try timeBusSend()
        try timePhasedSend()
        timeFloorSend()
        try timeBusReceive()
        timeFloorReceive()
        try timeBusMetric()
        timeFloorMetric()
    } else {
        timeFloorSend()
        try timePhasedSend()
        try timeBusSend()
        timeFloorReceive()
        try timeBusReceive()
        timeFloorMetric()
        try timeBusMetric()
    }
}

func quantile(_ values: [UInt64], _ q: Double) -> Double {
    let sorted = values.sorted()
    // Linear interpolation between closest ranks (numpy's default "linear" method).
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return (Double(sorted[lower]) * (1 - fraction) + Double(sorted[upper]) * fraction) / 1000
}

func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    text = String(parts[0]) + "." + fraction.padding(digits)
    return text
}

extension String {
    func padding(_ n: Int) -> String {
        count >= n ? String(prefix(n)) : self + String(repeating: "0", count: n - count)
    }
    func left(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func right(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

print("native bus vs direct system calls: \(rounds) rounds x \(block) calls each, interleaved; bus root on \(parent)")
print(
    "inbox counting: \(bus.inboxCounting.rawValue); message \(sample.utf8.count) bytes; metric line \(metricLine.count) bytes"
)
print(
    "operation".left(16) + "bus p50 µs".right(12) + "floor p50 µs".right(14) + "ratio".right(8) + "target".right(9)
        + "bus p10-p90 µs".right(18) + "floor p10-p90 µs".right(19))
for (name, samples, target) in [
    ("send", send, "<= 1.30"), ("receive (1 msg)", receive, "-"), ("metric append", metric, "-"),
] {
    let b = quantile(samples.bus, 0.5)
    let f = quantile(samples.floor, 0.5)
    print(
        name.left(16) + fixed(b, 2).right(12) + fixed(f, 2).right(14) + fixed(b / f, 2).right(8) + target.right(9)
            + "\(fixed(quantile(samples.bus, 0.1), 2))-\(fixed(quantile(samples.bus, 0.9), 2))".right(18)
            + "\(fixed(quantile(samples.floor, 0.1), 2))-\(fixed(quantile(samples.floor, 0.9), 2))".right(19))
}
let phasedMedian = quantile(phasedSend, 0.5)
let floorMedian = quantile(send.floor, 0.5)
print(
    "phases-on send".left(16) + fixed(phasedMedian, 2).right(12) + fixed(floorMedian, 2).right(14)
        + fixed(phasedMedian / floorMedian, 2).right(8) + "-".right(9)
        + "\(fixed(quantile(phasedSend, 0.1), 2))-\(fixed(quantile(phasedSend, 0.9), 2))".right(18)
        + "\(fixed(quantile(send.floor, 0.1), 2))-\(fixed(quantile(send.floor, 0.9), 2))".right(19))
let sends = Double(max(phasedSend.count, 1))
let phaseTotals = timer.take().filter { $0.entries > 0 }.sorted { $0.nanoseconds > $1.nanoseconds }
let phaseSum = Double(phaseTotals.reduce(0) { $0 + $1.nanoseconds }) / 1000 / sends
let sendMean = Double(phasedSend.reduce(0, +)) / 1000 / sends
print(
    "phase breakdown of a phases-on send, mean µs per call: "
        + phaseTotals.map { "\($0.phase.name) \(fixed(Double($0.nanoseconds) / 1000 / sends, 2))" }
        .joined(separator: ", ") + " (sum \(fixed(phaseSum, 2)); the phases-on send's mean \(fixed(sendMean, 2)))")
let c = bus.counters
print(
    "bus counters: sent \(c.sent) received \(c.received) drained \(c.drained) evicted \(c.evicted) (balanced: \(c.isBalanced))"
)
