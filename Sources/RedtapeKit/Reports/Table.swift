/// A table of text cells, rendered as aligned plain text for a terminal or as a Markdown table.
public struct Table: Sendable {
    public enum Alignment: Sendable { case left, right }

    public let headers: [String]
    public let alignments: [Alignment]
    public var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// Columns padded to their widest cell, two spaces apart, with a rule under the headers.
    ///
    /// Written as bytes, a slice of rows at a time on all cores: a catalog's table has a million cells.
    public func text(indent: String = "") -> String {
        let slices = Parallel.ranges(rows.count, size: Self.slice)
        // Each slice's cell widths, row by row, and the widest of each column among them.
        let measured = Parallel.map(slices) { range -> (cells: [Int], widest: [Int]) in
            var cells: [Int] = []
            cells.reserveCapacity(range.count * headers.count)
            var widest = Array(repeating: 0, count: headers.count)
            for row in rows[range] {
                for (index, cell) in row.enumerated() {
                    let width = Self.width(cell)
                    cells.append(width)
                    widest[index] = max(widest[index], width)
                }
            }
            return (cells, widest)
        }
        let headerWidths = headers.map(Self.width)
        let widths = measured.reduce(headerWidths) { zip($0, $1.widest).map(max) }
        var out: [UInt8] = []
        line(headers, widths: widths, indent: indent, into: &out) { headerWidths[$0] }
        out.append(contentsOf: indent.utf8)
        out.append(contentsOf: widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ").utf8)
        out.append(UInt8(ascii: "\n"))
        let written = Parallel.map(Array(zip(slices, measured.map(\.cells)))) { range, cellWidths -> [UInt8] in
            var bytes: [UInt8] = []
            bytes.reserveCapacity((widths.reduce(indent.utf8.count) { $0 + $1 + 2 } + 8) * range.count)
            var start = 0
            for row in rows[range] {
                line(row, widths: widths, indent: indent, into: &bytes) { cellWidths[start + $0] }
                start += row.count
            }
            return bytes
        }
        out.reserveCapacity(out.count + written.reduce(0) { $0 + $1.count })
        for bytes in written { out.append(contentsOf: bytes) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rows measured and written together, enough to be worth sharing between cores.
    private static let slice = 4_096

    /// One row of cells, each padded to its column's width, the row's trailing spaces dropped.
    private func line(_ cells: [String], widths: [Int], indent: String, into out: inout [UInt8], _ cellWidth: (Int) -> Int) {
        out.append(contentsOf: indent.utf8)
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(contentsOf: [0x20, 0x20]) }
            let padding = repeatElement(UInt8(ascii: " "), count: widths[index] - cellWidth(index))
            if alignments[index] == .right { out.append(contentsOf: padding) }
            out.append(text: cell)
            if alignments[index] == .left { out.append(contentsOf: padding) }
        }
        while out.last == UInt8(ascii: " ") { out.removeLast() }
        out.append(UInt8(ascii: "\n"))
    }

    /// A cell's width in characters; most cells are figures, in ASCII, whose width is their length.
    private static func width(_ cell: String) -> Int {
        let ascii = cell.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? cell.utf8.allSatisfy { $0 < 0x80 }
        return ascii ? cell.utf8.count : cell.count
    }

    public func markdown() -> String {
        func escape(_ cell: String) -> String { cell.contains("|") ? cell.replacingOccurrences(of: "|", with: "\\|") : cell }
        var out = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
