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

    /// Written as bytes into one buffer: the findings of a national catalog are a million objects.
    public func write(_ value: Value) -> String {
        var out: [UInt8] = []
        write(value, depth: 0, into: &out)
        if !compact { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ value: Value, depth: Int, into out: inout [UInt8]) {
        func newline(_ depth: Int) {
            guard !compact else { return }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        switch value {
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.quote(key, into: &out)
                out += compact ? ":".utf8 : ": ".utf8
                write(member, depth: depth + 1, into: &out)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1, into: &out)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .string(let text): Self.quote(text, into: &out)
        case .number(let text): out += text.utf8
        case .bool(let flag): out += flag ? "true".utf8 : "false".utf8
        case .null: out += "null".utf8
        }
    }

    /// A string in quotes, escaped byte by byte: every byte of a multi-byte character is 0x80 or
    /// above, so only ASCII needs looking at, and the rest is copied as it is.
    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            case UInt8(ascii: "\r"): out += #"\r"#.utf8
            case UInt8(ascii: "\t"): out += #"\t"#.utf8
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += #"\u00"#.utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A number as a JSON number rounded to `decimals` places, without trailing zeros.
    public static func number(_ value: Exact, decimals: Int) -> Value {
        .number(NumberText.plain(value.rounded(scale: decimals)))
    }
}
