/// Why a well-formed JSON object is still not a valid record.
struct FieldError: Error, Equatable {
    var message: String
}

/// Typed access to a record's fields with messages that name the field and what was wrong.
/// `path` prefixes nested fields (`metadata.run`).
struct FieldReader {
    let object: JSONObject
    let path: String

    init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    private func label(_ key: String) -> String { "\"\(path)\(key)\"" }

    func has(_ key: String) -> Bool { object[key] != nil }

    private func required(_ key: String) throws(FieldError) -> JSONValue {
        guard let v = object[key] else { throw FieldError(message: "missing required field \(label(key))") }
        return v
    }

    private func wrongType(_ key: String, _ expected: String, _ found: JSONValue) -> FieldError {
        FieldError(message: "field \(label(key)) must be \(expected), found \(found.kindName)")
    }

    func string(_ key: String) throws(FieldError) -> String {
        let v = try required(key)
        guard case .string(let s) = v else { throw wrongType(key, "a string", v) }
        return s
    }

    /// A string that must not be empty (names used as grouping keys).
    func name(_ key: String) throws(FieldError) -> String {
        let s = try string(key)
        guard !s.isEmpty else { throw FieldError(message: "field \(label(key)) is empty") }
        return s
    }

    func optionalString(_ key: String) throws(FieldError) -> String? {
        guard let v = object[key], v != .null else { return nil }
        guard case .string(let s) = v else { throw wrongType(key, "a string or null", v) }
        return s
    }

    func bool(_ key: String) throws(FieldError) -> Bool {
        let v = try required(key)
        guard case .bool(let b) = v else { throw wrongType(key, "true or false", v) }
        return b
    }

    func optionalBool(_ key: String) throws(FieldError) -> Bool? {
        guard let v = object[key], v != .null else { return nil }
        guard case .bool(let b) = v else { throw wrongType(key, "true or false", v) }
        return b
    }

    func int(_ key: String, minimum: Int? = nil) throws(FieldError) -> Int {
        try intValue(key, try required(key), minimum: minimum)
    }

    func optionalInt(_ key: String, minimum: Int? = nil) throws(FieldError) -> Int? {
        guard let v = object[key], v != .null else { return nil }
        return try intValue(key, v, minimum: minimum)
    }

    private func intValue(_ key: String, _ v: JSONValue, minimum: Int?) throws(FieldError) -> Int {
        let n: Int
        switch v {
        case .int(let i): n = Int(i)
        case .double(let d) where d.isFinite && d == d.rounded() && abs(d) < 9.0e15: n = Int(d)
        case .double(let d): throw FieldError(message: "field \(label(key)) must be an integer, found \(d)")
        case .unsigned(let u): throw FieldError(message: "field \(label(key)) is out of range (\(u))")
        default: throw wrongType(key, "an integer", v)
        }
        if let minimum, n < minimum {
            throw FieldError(message: "field \(label(key)) must be at least \(minimum), found \(n)")
        }
        return n
    }

    func uint64(_ key: String) throws(FieldError) -> UInt64 {
        let v = try required(key)
        switch v {
        case .int(let i) where i >= 0: return UInt64(i)
        case .unsigned(let u): return u
        case .double(let d) where d >= 0 && d == d.rounded() && d < 9.0e15: return UInt64(d)
        case .int, .double: throw FieldError(message: "field \(label(key)) must be a non-negative integer")
        default: throw wrongType(key, "a non-negative integer", v)
        }
    }

    /// A finite number.
    func double(_ key: String) throws(FieldError) -> Double {
        try finite(key, try required(key))
    }

    /// A finite number, or null/absent.
    func optionalDouble(_ key: String) throws(FieldError) -> Double? {
        guard let v = object[key], v != .null else { return nil }
        return try finite(key, v)
    }

    /// A duration in ms: finite and not negative.
    func duration(_ key: String) throws(FieldError) -> Double {
        let d = try double(key)
        guard d >= 0 else { throw FieldError(message: "field \(label(key)) is negative (\(d)); a latency must be ≥ 0") }
        return d
    }

    private func finite(_ key: String, _ v: JSONValue) throws(FieldError) -> Double {
        let d: Double
        switch v {
        case .int(let i): d = Double(i)
        case .unsigned(let u): d = Double(u)
        case .double(let x): d = x
        default: throw wrongType(key, "a number", v)
        }
        guard d.isFinite else {
            let what = d.isNaN ? "NaN" : (d > 0 ? "infinite" : "negative infinity")
            throw FieldError(message: "field \(label(key)) is \(what); it must be a finite number")
        }
        return d
    }

    func object(_ key: String) throws(FieldError) -> FieldReader {
        let v = try required(key)
        guard case .object(let o) = v else { throw wrongType(key, "an object", v) }
        return FieldReader(o, path: path + key + ".")
    }

    func optionalObject(_ key: String) throws(FieldError) -> FieldReader? {
        guard let v = object[key], v != .null else { return nil }
        guard case .object(let o) = v else { throw wrongType(key, "an object", v) }
        return FieldReader(o, path: path + key + ".")
    }

    func array(_ key: String) throws(FieldError) -> [JSONValue] {
        let v = try required(key)
        guard case .array(let a) = v else { throw wrongType(key, "an array", v) }
        return a
    }

    func strings(_ key: String) throws(FieldError) -> [String] {
        var out: [String] = []
        for (k, v) in try array(key).enumerated() {
            guard case .string(let s) = v else {
                throw FieldError(message: "field \(label(key)) element \(k) must be a string, found \(v.kindName)")
            }
            out.append(s)
        }
        return out
    }

    func ints(_ key: String) throws(FieldError) -> [Int] {
        var out: [Int] = []
        for (k, v) in try array(key).enumerated() {
            guard case .int(let i) = v else {
                throw FieldError(message: "field \(label(key)) element \(k) must be an integer, found \(v.kindName)")
            }
            out.append(Int(i))
        }
        return out
    }
}
