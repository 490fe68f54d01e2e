/// Which measure a run's system-under-test memory series is, decided once per run so the series
/// never changes measure in the middle: PSS (`/proc/PID/smaps_rollup`, shared pages divided among
/// the processes sharing them) when the recorder can read it at the start, else RSS (for the
/// embedded bus: the bytes its instances hold). A later line whose PSS cannot be read is a gap in
/// the series, never an RSS figure in its place.
public enum SUTMemoryMeasure: String, Sendable, Equatable, CaseIterable {
    case pss
    case rss
}
