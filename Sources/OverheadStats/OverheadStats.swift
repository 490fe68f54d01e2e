/// Pure statistics for OverheadBench. No I/O.
public enum OverheadStats {}
