import Foundation

/// Writes JSON with keys in the order given, numbers exactly as formatted, and two-space indents,
/// so that the same assessment always gives the same bytes.
public struct JSONWriter: Sendable {
    public indirect enum Value: Sendable {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        /// A number already formatted as JSON (`12`, `0.25`).
        case number(String)
        case bool(Bool)
        case null
    }

    /// One line, no spaces: for protocol messages rather than for people.
    public let compact: Bool

    public init(compact: Bool = false) {
        self.compact = compact
    }

    public func write(_ value: Value) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return compact ? out : out + "\n"
    }

    private func write(_ value: Value, indent: String, into out: inout String) {
        let newline = compact ? "" : "\n"
        let inner = compact ? "" : indent + "  "
        switch value {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{" + newline
            for (index, (key, member)) in members.enumerated() {
                out += inner + Self.quoted(key) + (compact ? ":" : ": ")
                write(member, indent: indent + "  ", into: &out)
                out += (index == members.count - 1 ? "" : ",") + newline
            }
            out += (compact ? "" : indent) + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += inner
                write(item, indent: indent + "  ", into: &out)
                out += (index == items.count - 1 ? "" : ",") + newline
            }
            out += (compact ? "" : indent) + "]"
        case .string(let text): out += Self.quoted(text)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number as a JSON number rounded to `decimals` places, without trailing zeros.
    public static func number(_ value: Exact, decimals: Int) -> Value {
        .number(NumberText.plain(value.rounded(scale: decimals)))
    }
}
