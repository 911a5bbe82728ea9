/// A tiny HTML tree rendered into one string. Text and attribute values always pass through the one
/// escaper below; markup that is not escaped can only come from string literals in this code.
public enum HTMLNode: Sendable {
    case element(String, attributes: [(String, String)], children: [HTMLNode])
    case text(String)
    /// A path (`procedure/document/id`, a file's) in a table's cell, free to break after each `/`
    /// (`<wbr>`): read whole, it would take the width of the text beside it. Written as it is escaped:
    /// a report has tens of thousands of them.
    case path(String)
    /// Markup written in this code (a style sheet, a doctype). `StaticString` keeps user text out.
    case raw(StaticString)
    case fragment([HTMLNode])

    /// Elements that have no closing tag. Compared, not hashed: every element of a report is asked.
    static func isVoid(_ name: String) -> Bool {
        switch name {
        case "meta", "br", "hr", "img", "link", "input", "wbr": true
        default: false
        }
    }

    /// Rendered as bytes: a report has a hundred thousand nodes, and appending each piece to a
    /// `String` cost several times copying it.
    public func render() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func render(into out: inout [UInt8]) {
        switch self {
        case .text(let text):
            Self.escape(text, into: &out)
        case .path(let text):
            Self.escapePath(text, into: &out)
        case .raw(let markup):
            markup.withUTF8Buffer { out.append(contentsOf: $0) }
        case .fragment(let children):
            for child in children { child.render(into: &out) }
        case .element(let name, let attributes, let children):
            out.append(UInt8(ascii: "<"))
            out.append(text: name)
            for (key, value) in attributes {
                out.append(UInt8(ascii: " "))
                out.append(text: key)
                out.append(text: "=\"")
                Self.escape(value, into: &out)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: ">"))
            guard !Self.isVoid(name) else { return }
            for child in children { child.render(into: &out) }
            out.append(text: "</")
            out.append(text: name)
            out.append(UInt8(ascii: ">"))
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
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Read in place, in one pass: each run of bytes without one of the five is copied whole.
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &out) }
    }

    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        for index in bytes.indices {
            guard let entity = entity(for: bytes[index]) else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            entity.withUTF8Buffer { out.append(contentsOf: $0) }
            start = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// A path escaped part by part, each `/` followed by `<wbr>`.
    static func escapePath(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "/") {
                escape(UnsafeBufferPointer(rebasing: bytes[start...index]), into: &out)
                wordBreak.withUTF8Buffer { out.append(contentsOf: $0) }
                start = index + 1
            }
            escape(UnsafeBufferPointer(rebasing: bytes[start...]), into: &out)
        }
    }

    private static let wordBreak: StaticString = "<wbr>"

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

    /// A table: `numeric` columns right-aligned, and the cells of `paths` columns (a change's place,
    /// `procedure/document/id`, a file's `path:line`) free to break after each `/`.
    static func table(caption: String?, headers: [String], rows: [[String]], numeric: Set<Int> = [], paths: Set<Int> = []) -> HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(el("caption", text: caption)) }
        children.append(el("thead", [], [el("tr", [], headers.enumerated().map { index, header in
            el("th", numeric.contains(index) ? [("scope", "col"), ("class", "n")] : [("scope", "col")], text: header)
        })]))
        // A report's tables have tens of thousands of cells: each column's attributes are made once
        // and shared by its cells, not made again for every cell.
        let cellAttributes = headers.indices.map { numeric.contains($0) ? [("class", "n")] : [] }
        let pathColumns = headers.indices.map(paths.contains)
        children.append(el("tbody", [], rows.map { row in
            el("tr", [], row.enumerated().map { index, cell in
                let isPath = index < pathColumns.count && pathColumns[index]
                return el("td", index < cellAttributes.count ? cellAttributes[index] : [], [isPath ? .path(cell) : .text(cell)])
            })
        }))
        return el("div", [("class", "scroll")], [el("table", [], children)])
    }
}
