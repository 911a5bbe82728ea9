import Testing
@testable import RedtapeKit

@Suite("Lexer")
struct LexerTests {
    static func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t", text: text)).tokens.map(\.kind)
    }

    @Test("numbers, units, dates, ranges and operators")
    func tokens() {
        #expect(Self.kinds("effort 1.5h..2h") == [.identifier, .number, .identifier, .dotDot, .number, .identifier, .endOfFile])
        #expect(Self.kinds("effective 2025-07-01") == [.identifier, .date, .endOfFile])
        // A date must stand alone; glued to a name it reads as arithmetic and is refused later.
        #expect(Self.kinds("2025-07-01x") == [.number, .minus, .number, .minus, .number, .identifier, .endOfFile])
        #expect(Self.kinds("a >= b != c") == [.identifier, .greaterEquals, .identifier, .notEquals, .identifier, .endOfFile])
        #expect(Self.kinds("share 40%") == [.identifier, .number, .percent, .endOfFile])
    }

    /// `phòng` is one word, not `ph`, a bad character and `ng`; a line of 20,000 Vietnamese words is
    /// one error, whose message names its beginning, and the parser says nothing more of it.
    @Test("a word with letters outside ASCII is one invalid token, reported once, however long")
    func foreignWords() {
        #expect(Self.kinds("agency phòng\n") == [.identifier, .invalid, .newline, .endOfFile])
        let line = "assume x = 1 " + Array(repeating: "đường", count: 20_000).joined(separator: " ") + "\n"
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t", text: line))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "unexpected words '" + Array(repeating: "đường", count: 7).joined(separator: " ").prefix(40) + "…'")
        #expect(DiagnosticRenderer(files: [SourceFile(path: "t", text: line)]).render(diagnostics).count < 1_000)
    }

    @Test("CRLF ends a line like LF, and a comment stops before the CR")
    func crlf() {
        let file = SourceFile(path: "t", text: "a # note\r\nb\r\n")
        let tokens = Lexer.tokenize(file).tokens
        #expect(tokens.map(\.kind) == [.identifier, .comment, .newline, .identifier, .newline, .endOfFile])
        #expect(file.text(tokens[1].range) == "# note")
        #expect(file.lineText(1) == "a # note")
    }

    @Test("Vietnamese text in strings and comments; columns count characters, not bytes")
    func unicode() {
        let file = SourceFile(path: "t", text: "name \"Đăng ký\" # ghi chú\nx @")
        let (tokens, diagnostics) = Lexer.tokenize(file)
        #expect(tokens.map(\.kind) == [.identifier, .string, .comment, .newline, .identifier, .invalid, .endOfFile])
        #expect(diagnostics.count == 1)
        #expect(file.position(of: tokens[2].start) == SourcePosition(line: 1, column: 16))
    }

    @Test("a byte-order mark is skipped")
    func byteOrderMark() {
        let file = SourceFile(path: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("a".utf8))
        #expect(Lexer.tokenize(file).tokens.map(\.kind) == [.identifier, .endOfFile])
    }

    @Test("overlong and surrogate UTF-8 sequences are refused")
    func invalidSequences() {
        for bytes: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let problem = Lexer.encodingProblem(in: Array("\"".utf8) + bytes)
            #expect(problem?.code == .invalidEncoding)
            #expect(problem?.offset == 1)
        }
        #expect(Lexer.encodingProblem(in: Array("Nghị định 𝄞".utf8)) == nil)
    }

    /// ASCII is stepped over eight bytes at a time: a stray or NUL byte is found wherever it falls in
    /// a word, and a NUL anywhere makes it a binary file, even after a stray byte.
    @Test("a stray or NUL byte is found at any offset")
    func strayBytesAtEveryOffset() {
        var random = SeededRandom(seed: 8)
        let pieces = ["a", "procedure", " ", "\n", "Đăng", "ký", "𝄞", "0", "{"]
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(below: 40) { bytes += Array(pieces[random.next(below: pieces.count)].utf8) }
            #expect(Lexer.encodingProblem(in: bytes) == nil)
            let at = bytes.count
            let stray = bytes + [0x80] + Array("tail text".utf8)
            #expect(Lexer.encodingProblem(in: stray)?.offset == at)
            #expect(Lexer.encodingProblem(in: stray)?.code == .invalidEncoding)
            let nul = bytes + [0] + Array("tail text".utf8)
            #expect(Lexer.encodingProblem(in: nul)?.offset == at)
            #expect(Lexer.encodingProblem(in: nul)?.code == .binaryFile)
            let binary = stray + Array(repeating: UInt8(ascii: "x"), count: random.next(below: 20)) + [0]
            #expect(Lexer.encodingProblem(in: binary)?.offset == binary.count - 1)
            #expect(Lexer.encodingProblem(in: binary)?.code == .binaryFile)
        }
    }

    /// The scan accepts exactly what Swift's own UTF-8 validation accepts, NUL aside: random bytes
    /// around the edges of every sequence length (overlong forms, surrogates, past U+10FFFF, cut short).
    @Test("the UTF-8 scan agrees with Swift's validation")
    func agreesWithSwiftValidation() {
        var random = SeededRandom(seed: 21)
        let edges: [UInt8] = [0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                              0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            var bytes = Array("procedure ".utf8)
            for _ in 0..<random.next(below: 6) { bytes.append(edges[random.next(below: edges.count)]) }
            bytes += Array(" ký".utf8).prefix(random.next(below: 5))
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((Lexer.encodingProblem(in: bytes) == nil) == valid, "\(bytes)")
        }
    }

    /// Every byte: a name's bytes are the ASCII letters, the digits and `_`, and nothing else.
    @Test("a name's bytes are exactly the ASCII letters, digits and '_'")
    func identifierBytes() {
        for byte in UInt8.min...UInt8.max {
            let scalar = Unicode.Scalar(byte)
            let expected = byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            #expect(Lexer.isIdentifierByte(byte) == expected, "\(byte)")
        }
    }
}
