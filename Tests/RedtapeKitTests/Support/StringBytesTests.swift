import Foundation
import Testing
@testable import RedtapeKit

@Suite("Strings compared and written as bytes")
struct StringBytesTests {
    @Test("the same bytes, and only they, compare the same")
    func sameBytes() {
        let name = "Giấy chứng nhận quyền sử dụng đất"
        #expect(name.hasSameBytes(as: String(decoding: Array(name.utf8), as: UTF8.self)))
        #expect("".hasSameBytes(as: ""))
        #expect("d0".hasSameBytes(as: "d0"))
        #expect(!"d0".hasSameBytes(as: "d1"))
        #expect(!"d0".hasSameBytes(as: "d00"))
        #expect(!name.hasSameBytes(as: name + "."))
        #expect(!name.hasSameBytes(as: String(name.dropLast()) + "x"))
        #expect(!"".hasSameBytes(as: "a"))
    }

    /// "é" written as one scalar and as "e" with a combining accent: equal to Swift, not the same bytes.
    @Test("texts equal only once normalised are not the same bytes")
    func normalisation() {
        let composed = "Giấy t\u{00E9}"
        let decomposed = "Giấy te\u{0301}"
        #expect(composed == decomposed)
        #expect(!composed.hasSameBytes(as: decomposed))
    }

    /// Short texts (held inside the string), long ones, Vietnamese and bridged ones: the same bytes
    /// as their UTF-8 view, after what is already there.
    @Test("a text appended as bytes is its UTF-8")
    func appendText() {
        let texts = ["", "d0", "Giấy tờ 0", "Nghị định 75/2024/NĐ-CP, Điều 20", String(repeating: "x", count: 100),
                     NSString(string: "Đăng ký").description]
        var out: [UInt8] = [1, 2]
        var expected: [UInt8] = [1, 2]
        for text in texts {
            out.append(text: text)
            expected += Array(text.utf8)
        }
        #expect(out == expected)
    }

    @Test("a whole number appended as bytes is its decimal digits")
    func appendDecimal() {
        for value in [0, 7, 9, 10, 99, 100, 101, 1_000, 987_654_321, -1, -10, -305, Int.max, Int.min] {
            var out: [UInt8] = []
            out.append(decimal: value)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }
}
