import Testing
@testable import RedtapeKit

/// JSON written by hand: keys in order, two-space indents, and strings escaped as RFC 8259 asks.
@Suite("JSON writer")
struct JSONWriterTests {
    static let value = JSONWriter.Value.object([
        ("name", .string("Đăng ký \"khai sinh\" 𝄞")),
        ("escapes", .string("a\\b\nc\rd\te\u{01}f\u{1F}")),
        ("numbers", .array([.number("12"), .number("0.25")])),
        ("empty", .object([])),
        ("none", .array([])),
        ("flags", .array([.bool(true), .bool(false), .null])),
    ])

    @Test("indented: one member a line, nested two spaces deeper, a newline at the end")
    func indented() {
        #expect(JSONWriter().write(Self.value) == #"""
            {
              "name": "Đăng ký \"khai sinh\" 𝄞",
              "escapes": "a\\b\nc\rd\te\u0001f\u001f",
              "numbers": [
                12,
                0.25
              ],
              "empty": {},
              "none": [],
              "flags": [
                true,
                false,
                null
              ]
            }

            """#)
    }

    @Test("compact: one line, no spaces")
    func compact() {
        #expect(JSONWriter(compact: true).write(Self.value) == #"""
            {"name":"Đăng ký \"khai sinh\" 𝄞","escapes":"a\\b\nc\rd\te\u0001f\u001f","numbers":[12,0.25],"empty":{},"none":[],"flags":[true,false,null]}
            """#)
    }
}
