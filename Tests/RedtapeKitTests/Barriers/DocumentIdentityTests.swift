import Testing
@testable import RedtapeKit

@Suite("Document identity across procedures")
struct DocumentIdentityTests {
    /// The identity by its definition: the text lowered as a whole, then white space folded.
    static func reference(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(scalar)
        }
        return String(folded)
    }

    @Test("names differing only in case and spacing are one document", arguments: [
        ("Giấy CHỨNG NHẬN  đăng ký", "giấy chứng nhận đăng ký"),
        ("  Bản sao\tCăn cước\n công dân ", "bản sao căn cước công dân"),
        ("ĐƠN ĐỀ NGHỊ", "đơn đề nghị"),
        ("Tờ\u{00A0}khai\u{3000}mẫu 01", "tờ khai mẫu 01"),
        ("", ""),
        (" \t ", ""),
    ])
    func folds(_ written: String, _ identity: String) {
        #expect(ItemFacts.identity(written) == identity)
    }

    @Test("the identity is what lowering the whole text and folding its white space gives")
    func agreesWithDefinition() {
        let samples = ["ΟΔΟΣ Σ", "İstanbul", "STRASSE ß", "Ǆemal ǅ", "Ａｂｃ", "Ⅻ", "e\u{0301}", "Ω K Å", "A\u{0085}B",
                       "Giấy tờ 0", "Điều chỉnh giấy chứng nhận số 0", "HỘ CHIẾU", "x\u{2028}y\u{2029}z"]
        for sample in samples {
            #expect(ItemFacts.identity(sample) == Self.reference(sample), "\(sample)")
        }
        var random = SeededRandom(seed: 21)
        let pool = Array("aZ Ấấ ĐđƠơƯư\tΣσς İıß\u{00A0}\u{2003}ǅǄ".unicodeScalars)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 12) { text.append(pool[random.next(below: pool.count)]) }
            let sample = String(text)
            #expect(ItemFacts.identity(sample) == Self.reference(sample), "\(sample.unicodeScalars.map { $0.value })")
        }
    }
}
