#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads results files and perf logs into one `Recording`.
///
/// Files are streamed in fixed-size chunks (never loaded whole); a large regular file is cut at
/// line starts into ranges read on parallel threads and merged back in file order. Raw samples
/// go straight into per-series columns; warm-up samples are counted and left out. Bad lines
/// become diagnostics and are skipped, unless `options.strict`.
public enum RecordingReader {
    /// Reads and merges `resultsFiles` (in order) and `perfLogs`.
    ///
    /// Throws `ReadError` when no results file is given, when a file is missing, unreadable or a
    /// directory, when a file holds no valid record, and in strict mode at the first bad line.
    /// `-` names standard input.
    public static func read(
        resultsFiles: [String], perfLogs: [String] = [],
        options: ReadOptions = ReadOptions()
    ) throws(ReadError) -> Recording {
        guard !resultsFiles.isEmpty else { throw ReadError.noInput }
        var all = RecordingBuilder(maxDiagnostics: options.maxDiagnostics)
        for file in resultsFiles {
            all.absorb(try readResults(file, options: options))
        }
        var perfCount = 0
        for log in perfLogs {
            let found = try readPerfLog(log, options: options)
            all.absorb(found)
            perfCount += 1
        }
        if perfCount > 1 {
            // Logs of several runs: keep one time line.
            all.perf.sort { $0.unixTime < $1.unixTime }
        }
        return all.recording(files: resultsFiles, perfLogs: perfLogs)
    }

    /// One results file, on as many threads as its size and the options allow.
    static func readResults(_ file: String, options: ReadOptions) throws(ReadError) -> RecordingBuilder {
        let input = try InputFile(file)
        let threads = options.threads > 0 ? options.threads : min(max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1), 4)
        var points = [0]
        if let size = input.size, threads > 1, size >= options.parallelThresholdBytes {
            points = try input.splitPoints(parts: threads)
        }
        let size = input.size
        let fd = input.fd
        var parts = ParallelWork.run(points.count) { k -> Result<(RecordingBuilder, Int), ReadError> in
            let source = LineSource(
                fd: fd, file: file, start: points[k],
                end: k + 1 < points.count ? points[k + 1] : size,
                chunkBytes: options.chunkBytes, maxLineBytes: options.maxLineBytes)
            var parser = ResultsLineParser(file: file, options: options)
            do throws(ReadError) {
                let lines = try source.run(&parser)
                return .success((parser.builder, lines))
            } catch {
                return .failure(error)
            }
        }
        // Parts are moved out one by one so each column has a single owner when it is appended to
        // (no copy-on-write of a half-file's samples).
        parts.reverse()
        var merged: RecordingBuilder? = nil
        var lineOffset = 0
        while let part = parts.popLast() {
            let (builder, lines) = try part.get()
            if options.strict, let d = builder.firstBad {
                throw ReadError.strict(Diagnostic(file: d.file, line: d.line + lineOffset, message: d.message))
            }
            if merged == nil {
                merged = builder
            } else {
                merged!.absorb(builder, lineOffset: lineOffset)
            }
            lineOffset += lines
        }
        guard let merged else { return RecordingBuilder(maxDiagnostics: options.maxDiagnostics) }
        if merged.recordsRead == 0 {
            throw ReadError.empty(file, what: "records", skipped: merged.skippedLines, first: merged.firstBad)
        }
        return merged
    }

    /// One perf log, on one thread (perf logs are small). A perf log without samples is not an
    /// error: a run shorter than one sampling interval writes only the header, and the analysis
    /// then reports the resource criteria as not evaluated instead of losing the whole report.
    static func readPerfLog(_ file: String, options: ReadOptions) throws(ReadError) -> RecordingBuilder {
        let input = try InputFile(file)
        let source = LineSource(
            fd: input.fd, file: file, start: 0, end: input.size,
            chunkBytes: min(options.chunkBytes, 1 << 20), maxLineBytes: min(options.maxLineBytes, 1 << 16))
        var parser = PerfLogParser(file: file, options: options)
        _ = try source.run(&parser)
        if options.strict, let d = parser.builder.firstBad { throw ReadError.strict(d) }
        return parser.builder
    }
}
