extension Manifest {
    /// Reads back a manifest written by `jsonLine` (e.g. one kept in a history); nil when `line`
    /// is not valid JSON or not a manifest record.
    public init?(jsonLine line: String) {
        var text = line
        let value: JSONValue? = text.withUTF8 { bytes in try? JSONParser.parse(UnsafeRawBufferPointer(bytes)) }
        guard case .object(let object)? = value, case .manifest(let m)? = try? Record.decode(object) else {
            return nil
        }
        self = m
    }
}
