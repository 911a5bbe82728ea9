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

@Suite("Documents asked for across a catalog")
struct DocumentAskersTests {
    @Test("keys are equal exactly when their texts are equal as strings, written the same way or not")
    func keyEquality() {
        // "ế" precomposed, and as "ê" with a combining acute: the same string, other bytes.
        let composed = DocumentKey("giấy đăng ký kết hôn")
        let decomposed = DocumentKey("giấy đăng ký k\u{00EA}\u{0301}t hôn")
        #expect(composed.text.utf8.count != decomposed.text.utf8.count)
        #expect(composed == decomposed)
        #expect(Set([composed, decomposed]).count == 1)
        #expect(DocumentKey("giấy tờ 1") != DocumentKey("giấy tờ 2"))
        #expect(DocumentKey("") == DocumentKey(""))
    }

    @Test("a document is shared when two procedures ask for it, counting drafts of one procedure once")
    func settles() {
        let card = DocumentKey("căn cước"), form = DocumentKey("tờ khai"), photo = DocumentKey("ảnh")
        var askers = DocumentAskers()
        askers.add("p1", asking: [card, form])
        askers.add("p1", asking: [form, photo])      // a second draft of p1
        askers.add("p2", asking: [card])
        for number in 3...9 { askers.add("p\(number)", asking: [card]) }
        let shared = askers.shared()
        // form: p1 twice; photo: p1 once — neither is asked for by two procedures.
        #expect(shared.keys.map(\.text) == ["căn cước"])
        // card: p1, p2 … p9 — nine procedures, the first six kept to name.
        #expect(shared[card]?.count == 9)
        #expect(shared[card]?.sample == ["p1", "p2", "p3", "p4", "p5", "p6"])
        #expect(shared[card]?.others(than: "p2") == .alsoAskedBy("p1, p3, p4, p5, p6", more: 3))
        // p8 is not among the six named: the first five are, and the other three of nine less p8.
        #expect(shared[card]?.others(than: "p8") == .alsoAskedBy("p1, p2, p3, p4, p5", more: 3))
        #expect(shared[card]?.others(than: "p6") == .alsoAskedBy("p1, p2, p3, p4, p5", more: 3))
        // Two askers: each names the other, and no more.
        let pair = SharedDocument(count: 2, sample: ["a", "b"])
        #expect(pair.others(than: "a") == .alsoAskedBy("b", more: 0))
        #expect(pair.others(than: "b") == .alsoAskedBy("a", more: 0))
        #expect(SharedDocument(count: 2, sample: ["a", "a"]).others(than: "a") == nil)
    }

    @Test("a procedure's documents are named once each, in the order first named")
    func uniqued() {
        #expect([3, 1, 3, 2, 1].uniqued() == [3, 1, 2])
        // Past sixteen, the other way of finding repeats gives the same.
        let long = (0..<40).map { $0 % 7 }
        #expect(long.uniqued() == Array(0..<7))
    }
}

@Suite("Rules in the order first met")
struct RuleOrderTests {
    static func rule(_ id: String) -> Rule {
        Rule(declared: Declared(id: id, name: nil, location: SourceLocation(file: "rules.ruleset", range: .at(0))),
             severity: .low, subject: .procedure, condition: .constant(Estimate(1, .number)), principle: nil,
             explanation: nil, fix: nil, attach: .item)
    }

    @Test("a rule is placed by its id, whichever object declares it, and new ids go last")
    func positions() {
        // Two rulesets each declaring 'late', as separate objects, with 'paper' met in between.
        let late = Self.rule("late"), paper = Self.rule("paper"), lateAgain = Self.rule("late")
        var order = RuleOrder()
        #expect([late, paper, lateAgain, late, paper].map { order.position(of: $0) } == [0, 1, 0, 0, 1])
        #expect(order.rules.map(\.declared.id) == ["late", "paper"])
        #expect(order.rules[0] === late)
    }
}
