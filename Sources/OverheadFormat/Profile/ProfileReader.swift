/// Reads a profile file (`overhead-analyze --profile FILE`): streamed line by line like a results
/// file; a bad line becomes a `file:line` diagnostic and is skipped, and the good ones are kept.
/// Throws when the file cannot be read or holds no `profile` header.
public enum ProfileReader {
    /// Layers kept from one file (a real profile has one per `LayerFunction` or bus operation).
    public static let maxLayers = 64

    public struct Result: Sendable, Equatable {
        public var profile: Profile
        /// The first diagnostics (at most `ReadOptions.maxDiagnostics`).
        public var diagnostics: [Diagnostic]
        /// Every bad line, counted.
        public var skippedLines: Int
    }

    public static func read(_ file: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> Result {
        let input = try InputFile(file)
        let source = LineSource(
            fd: input.fd, file: file, start: 0, end: input.size, chunkBytes: min(options.chunkBytes, 1 << 20),
            maxLineBytes: options.maxLineBytes)
        var parser = ProfileLineParser(file: file, options: options)
        _ = try source.run(&parser)
        if let stop = parser.strictFailure { throw ReadError.strict(stop) }
        guard let header = parser.header else {
            throw ReadError.empty(
                file, what: "profile header (a \"type\":\"profile\" record)", skipped: parser.skipped,
                first: parser.diagnostics.first)
        }
        return Result(
            profile: Profile(header: header, layers: parser.layers), diagnostics: parser.diagnostics,
            skippedLines: parser.skipped)
    }
}

/// The line consumer behind `ProfileReader`: the header first, then each layer before its entries.
struct ProfileLineParser: LineConsumer {
    let file: String
    let options: ReadOptions
    var header: ProfileHeader?
    var layers: [ProfileLayer] = []
    var diagnostics: [Diagnostic] = []
    var skipped = 0
    var strictFailure: Diagnostic?

    init(file: String, options: ReadOptions) {
        self.file = file
        self.options = options
    }

    mutating func consume(line: UnsafeRawBufferPointer, number: Int) -> Bool {
        guard let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self), line.count > 0 else { return true }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        if UTF8Validation.firstInvalidByte(base, line.count) != nil { return bad(number, "invalid UTF-8") }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch { return bad(number, "not valid JSON: \(error.message)") }
        guard case .object(let object) = value else {
            return bad(number, "expected a JSON object (a profile record), found \(value.kindName)")
        }
        do throws(FieldError) {
            try add(FieldReader(object), number: number)
        } catch {
            return bad(number, error.message)
        }
        return true
    }

    mutating func overlong(number: Int, bytes: Int) -> Bool {
        bad(number, "line is \(bytes) bytes, over the \(options.maxLineBytes)-byte limit; skipped")
    }

    mutating func finish() {}

    private mutating func bad(_ number: Int, _ message: String) -> Bool {
        let d = Diagnostic(file: file, line: number, message: message)
        skipped += 1
        if diagnostics.count < options.maxDiagnostics { diagnostics.append(d) }
        if options.strict {
            strictFailure = d
            return false
        }
        return true
    }

    private mutating func add(_ f: FieldReader, number: Int) throws(FieldError) {
        let type = try f.name("type")
        if type == Profile.RecordType.header {
            guard header == nil else { throw FieldError(message: "a second profile header; only the first counts") }
            header = try ProfileHeader.decode(f)
            return
        }
        guard header != nil else {
            throw FieldError(message: "\"\(Diagnostic.excerpt(type))\" record before the profile header")
        }
        let name = try f.name("layer")
        if type == Profile.RecordType.layer {
            guard !layers.contains(where: { $0.name == name }) else {
                throw FieldError(message: "layer \"\(Diagnostic.excerpt(name))\" listed twice")
            }
            guard layers.count < ProfileReader.maxLayers else {
                throw FieldError(message: "more than \(ProfileReader.maxLayers) layers; skipped")
            }
            layers.append(try ProfileLayer.decode(f, name: name))
            return
        }
        guard let index = layers.lastIndex(where: { $0.name == name }) else {
            throw FieldError(message: "layer \"\(Diagnostic.excerpt(name))\" has no profile_layer record before it")
        }
        var layer = layers[index]
        let cap = ProfileLimits.entriesPerLayer
        func full(_ count: Int) throws(FieldError) {
            if count >= cap { throw FieldError(message: "more than \(cap) \(type) records for \"\(name)\"; skipped") }
        }
        switch type {
        case Profile.RecordType.hotspot:
            try full(layer.hotspots.count)
            layer.hotspots.append(try ProfileHotspot.decode(f))
        case Profile.RecordType.function:
            try full(layer.functions.count)
            layer.functions.append(try ProfileFunction.decode(f))
        case Profile.RecordType.command:
            try full(layer.commands.count)
            layer.commands.append(try ProfileCommand.decode(f))
        case Profile.RecordType.stack:
            try full(layer.stacks.count)
            layer.stacks.append(try ProfileStack.decode(f))
        default:
            throw FieldError(message: "unknown profile record type \"\(Diagnostic.excerpt(type))\"")
        }
        layers[index] = layer
    }
}

extension FieldReader {
    /// A finite number ≥ 0 (a time or a count per call).
    func amount(_ key: String) throws(FieldError) -> Double {
        let d = try double(key)
        guard d >= 0 else { throw FieldError(message: "field \"\(key)\" is negative (\(d))") }
        return d
    }

    func optionalAmount(_ key: String) throws(FieldError) -> Double? {
        guard has(key) else { return nil }
        guard let d = try optionalDouble(key) else { return nil }
        guard d >= 0 else { throw FieldError(message: "field \"\(key)\" is negative (\(d))") }
        return d
    }

    /// A string cut to `limit` characters.
    func text(_ key: String, limit: Int = ProfileLimits.nameCharacters) throws(FieldError) -> String {
        String(try string(key).prefix(limit))
    }
}

extension ProfileHeader {
    static func decode(_ f: FieldReader) throws(FieldError) -> ProfileHeader {
        ProfileHeader(
            target: try f.text("target"), startTime: try f.optionalString("start_time") ?? "",
            callsPerLayer: try f.int("calls_per_layer", minimum: 0),
            traceBytes: try f.optionalInt("trace_bytes", minimum: 0) ?? 0,
            traceCapBytes: try f.optionalInt("trace_cap_bytes", minimum: 0) ?? 0,
            droppedCalls: try f.optionalInt("dropped_calls", minimum: 0) ?? 0,
            droppedEntries: try f.optionalInt("dropped_entries", minimum: 0) ?? 0,
            seconds: try f.amount("seconds"))
    }
}

extension ProfileLayer {
    static func decode(_ f: FieldReader, name: String) throws(FieldError) -> ProfileLayer {
        ProfileLayer(
            name: String(name.prefix(ProfileLimits.nameCharacters)), component: try f.optionalString("component"),
            calls: try f.int("calls", minimum: 0), untracedMs: try f.optionalAmount("untraced_ms"),
            tracedMs: try f.optionalAmount("traced_ms"), profiledMs: try f.amount("profiled_ms"),
            subshells: try f.optionalAmount("subshells") ?? 0,
            pipelineStages: try f.optionalAmount("pipeline_stages") ?? 0)
    }
}

extension ProfileHotspot {
    static func decode(_ f: FieldReader) throws(FieldError) -> ProfileHotspot {
        ProfileHotspot(
            label: try f.text("label", limit: ProfileLimits.labelCharacters),
            file: try f.optionalString("file").map { String($0.prefix(ProfileLimits.nameCharacters * 4)) },
            line: try f.optionalInt("line", minimum: 0),
            function: try f.optionalString("function").map { String($0.prefix(ProfileLimits.nameCharacters)) },
            ms: try f.amount("ms"), count: try f.amount("count"))
    }
}

extension ProfileFunction {
    static func decode(_ f: FieldReader) throws(FieldError) -> ProfileFunction {
        ProfileFunction(
            name: try f.text("function"), calls: try f.amount("calls"), inclusiveMs: try f.amount("inclusive_ms"),
            exclusiveMs: try f.amount("exclusive_ms"))
    }
}

extension ProfileCommand {
    static func decode(_ f: FieldReader) throws(FieldError) -> ProfileCommand {
        ProfileCommand(
            name: try f.text("command"), kind: try f.text("kind"), count: try f.amount("count"), ms: try f.amount("ms"))
    }
}

extension ProfileStack {
    static func decode(_ f: FieldReader) throws(FieldError) -> ProfileStack {
        let frames = try f.strings("frames")
        guard !frames.isEmpty else { throw FieldError(message: "field \"frames\" is empty") }
        return ProfileStack(
            frames: frames.prefix(ProfileLimits.framesPerStack).map { String($0.prefix(ProfileLimits.nameCharacters)) },
            ms: try f.amount("ms"))
    }
}
