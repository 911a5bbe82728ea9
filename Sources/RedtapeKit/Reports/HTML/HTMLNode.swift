/// A tiny HTML tree rendered into one string. Text and attribute values always pass through the one
/// escaper below; markup that is not escaped can only come from string literals in this code.
public indirect enum HTMLNode: Sendable {
    case element(String, attributes: [(String, String)], children: [HTMLNode])
    case text(String)
    /// Markup written in this code (a style sheet, a doctype). `StaticString` keeps user text out.
    case raw(StaticString)
    case fragment([HTMLNode])

    /// Elements that have no closing tag.
    static let void: Set<String> = ["meta", "br", "hr", "img", "link", "input"]

    public func render() -> String {
        var out = ""
        out.reserveCapacity(4_096)
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .text(let text):
            out += Self.escape(text)
        case .raw(let markup):
            out += markup.description
        case .fragment(let children):
            for child in children { child.render(into: &out) }
        case .element(let name, let attributes, let children):
            out += "<" + name
            for (key, value) in attributes { out += " " + key + "=\"" + Self.escape(value) + "\"" }
            out += ">"
            guard !Self.void.contains(name) else { return }
            for child in children { child.render(into: &out) }
            out += "</" + name + ">"
        }
    }

    /// The one escaper: `& < > " '` become entities, in text and in attribute values alike.
    /// Read as UTF-8 bytes: the five are ASCII, and no byte of a longer UTF-8 sequence is, so an
    /// accent written after one of them does not hide it, and a text with none (most of a report)
    /// is checked at the speed of its bytes and kept as it is.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = entity(for: byte) {
                entity.withUTF8Buffer { out += $0 }
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

/// Shorthands for building the tree.
enum H {
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTMLNode {
        .element(name, attributes: attributes, children: [.text(text)])
    }

    static func table(caption: String?, headers: [String], rows: [[String]], numeric: Set<Int> = []) -> HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(el("caption", text: caption)) }
        children.append(el("thead", [], [el("tr", [], headers.enumerated().map { index, header in
            el("th", numeric.contains(index) ? [("scope", "col"), ("class", "n")] : [("scope", "col")], text: header)
        })]))
        children.append(el("tbody", [], rows.map { row in
            el("tr", [], row.enumerated().map { index, cell in el("td", numeric.contains(index) ? [("class", "n")] : [], text: cell) })
        }))
        return el("div", [("class", "scroll")], [el("table", [], children)])
    }
}
