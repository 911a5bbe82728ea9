import Testing
@testable import RedtapeKit

@Suite("Text tables")
struct TableTests {
    /// Ten thousand rows are measured and written in slices on all cores; the widest name is in the last
    /// row, so every slice must pad to a width it did not measure itself.
    @Test("a table of many rows pads every row to the widest cell of the whole table")
    func manyRows() {
        var table = Table([("Name", .left), ("Amount", .right)])
        table.rows = (0..<9_999).map { ["p\($0)", "\($0)"] } + [["Đăng ký", "9999"]]
        let lines = table.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Widths: names max("Name", "p9998", "Đăng ký") = 7 characters; amounts max("Amount", "9998") = 6.
        #expect(lines[0] == "Name     Amount")
        #expect(lines[1] == "-------  ------")
        #expect(lines[2] == "p0            0")
        #expect(lines[4_098] == "p4096      4096")
        #expect(lines[10_001] == "Đăng ký    9999")
        #expect(lines.count == 10_003 && lines[10_002].isEmpty)
        #expect(lines.dropLast().allSatisfy { $0.count == 15 })
    }

    @Test("a left-aligned last column leaves no trailing spaces, and the indent starts every line")
    func trailingSpaces() {
        var table = Table([("Amount", .right), ("Note", .left)])
        table.add(["1", "long note"])
        table.add(["22", ""])
        #expect(table.text(indent: "  ") == """
              Amount  Note
              ------  ---------
                   1  long note
                  22

            """)
    }
}
