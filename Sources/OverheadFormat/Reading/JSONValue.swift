/// A parsed JSON value, for the lines the sample fast path does not recognise.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// An integer literal that fits in `Int64`.
    case int(Int64)
    /// An integer literal above `Int64.max` that fits in `UInt64` (e.g. a seed).
    case unsigned(UInt64)
    /// Any other number; also the non-JSON tokens `NaN`, `Infinity`, `-Infinity`, accepted only so
    /// a field check can name them precisely.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The type's name as a message would say it: "a string", "null", ...
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .unsigned, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Members in document order; a repeated key resolves to its last occurrence.
struct JSONObject: Equatable {
    struct Member: Equatable {
        var key: String
        var value: JSONValue
    }

    var members: [Member] = []

    subscript(key: String) -> JSONValue? {
        for m in members.reversed() where m.key == key { return m.value }
        return nil
    }
}
