import Testing
@testable import RedtapeKit

@Suite("Strings compared by their bytes")
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
}
