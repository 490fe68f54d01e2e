/// Escaping of GitHub Actions workflow commands, as `@actions/core` does it (`command.ts`):
/// in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in a property (`title=…`) `:` and `,`
/// become `%3A` and `%2C` too. Other control and bidi characters are made visible first.
enum WorkflowCommandText {
    static func data(_ raw: String) -> String {
        var out = ""
        for c in raw.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out += InertText.visible(String(c))
            }
        }
        return out
    }

    static func property(_ raw: String) -> String {
        var out = ""
        for c in data(raw).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `::error title=…::message` (or `warning`).
    static func command(_ name: String, title: String, message: String) -> String {
        "::\(name) title=\(property(title))::\(data(message))\n"
    }
}
