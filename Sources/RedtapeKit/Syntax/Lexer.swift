/// Turns the bytes of a ruleset into tokens.
///
/// Works on UTF-8 bytes directly: everything outside strings and comments is ASCII, so no
/// decoding is needed on the hot path. `\r\n` and `\n` both end a line.
public struct Lexer {
    private let file: SourceFile
    /// The file's bytes, read in place while the lexer runs: every byte of a catalog passes here, and
    /// an array would check each index and count each reference.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The tokens so far, in memory of the lexer's own: an array would check, at every token, that
    /// no one else holds it and that it has room.
    private var tokens: UnsafeMutablePointer<Token>
    private var count = 0
    private var capacity: Int
    private var diagnostics: [Diagnostic] = []

    private init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.bytes = bytes
        // A token is four bytes of a ruleset or more, most often: room for as many at once.
        capacity = bytes.count / 4 + 16
        tokens = .allocate(capacity: capacity)
    }

    /// The tokens of the file, always ending with `.endOfFile`, and the problems found.
    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        withTokens(of: file) { (Array($0), $1) }
    }

    /// The tokens of the file and the problems found, handed to `body` where the lexer wrote them;
    /// they are freed when it returns. The parser reads them so, without a copy.
    static func withTokens<Result>(of file: SourceFile,
                                   _ body: (UnsafeBufferPointer<Token>, [Diagnostic]) -> Result) -> Result {
        file.bytes.withUnsafeBufferPointer { bytes in
            var lexer = Lexer(file: file, bytes: bytes)
            defer { lexer.tokens.deallocate() }
            lexer.run()
            return body(UnsafeBufferPointer(start: lexer.tokens, count: lexer.count), lexer.diagnostics)
        }
    }

    @inline(__always)
    private mutating func append(_ token: Token) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: tokens, count: count)
            tokens.deallocate()
            tokens = larger
            capacity *= 2
        }
        (tokens + count).initialize(to: token)
        count += 1
    }

    private mutating func run() {
        if let problem = Self.encodingProblem(in: bytes) {
            report(problem.code, problem.message, at: SourceRange(start: problem.offset, end: problem.offset + 1),
                   help: problem.help)
            append(Token(kind: .endOfFile, start: bytes.count, end: bytes.count))
            return
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            lexOne()
        }
        append(Token(kind: .endOfFile, start: bytes.count, end: bytes.count))
    }

    // MARK: - Tokens

    /// One token, or a run of blanks. It, `add` and `append` are inlined into the loop over the file:
    /// as calls of their own they cost more than the work they do.
    @inline(__always)
    private mutating func lexOne() {
        let start = index
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            // A run of them at once: every line is indented.
            index += 1
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        case UInt8(ascii: "\n"):
            index += 1
            add(.newline, from: start)
        case UInt8(ascii: "#"):
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            var end = index
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            append(Token(kind: .comment, start: start, end: end))
        case UInt8(ascii: "\""):
            lexString()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumberOrDate()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            while index < bytes.count, Self.isIdentifierByte(bytes[index]) { index += 1 }
            add(.identifier, from: start)
        default:
            lexPunctuation(byte)
        }
    }

    private mutating func lexPunctuation(_ byte: UInt8) {
        let start = index
        let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
        let kind: TokenKind
        var length = 1
        switch byte {
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "."):
            if next == UInt8(ascii: ".") { kind = .dotDot; length = 2 } else { kind = .dot }
        case UInt8(ascii: "="):
            if next == UInt8(ascii: "=") { kind = .equalEquals; length = 2 } else { kind = .equals }
        case UInt8(ascii: "!") where next == UInt8(ascii: "="):
            kind = .notEquals; length = 2
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { kind = .lessEquals; length = 2 } else { kind = .less }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") { kind = .greaterEquals; length = 2 } else { kind = .greater }
        default:
            if byte >= 0x80, letterLength(at: index) != nil {
                // The ASCII letters before it (`ph` of `phòng`) were read as a name: they are the word's.
                if count > 0, tokens[count - 1].kind == .identifier, tokens[count - 1].end == start {
                    count -= 1
                    lexForeignWords(from: tokens[count].start)
                } else {
                    lexForeignWords(from: start)
                }
                return
            }
            let scalarLength = Self.scalarLength(startingWith: byte)
            index = min(bytes.count, index + scalarLength)
            let range = SourceRange(start: start, end: index)
            let text = file.text(range)
            if let (spelling, help) = ForeignSpelling.meant(text) {
                report(.unexpectedCharacter, "unexpected character '\(text)'", at: range, help: help,
                       fixIts: [Diagnostic.FixIt("replace with '\(spelling)'", range: range, replacement: spelling)])
            } else {
                report(.unexpectedCharacter, "unexpected character '\(text)'", at: range,
                       help: byte >= 0x80 ? "put text other than names in double quotes"
                           : "remove it, or put it inside a string or after '#'")
            }
            add(.invalid, from: start)
            return
        }
        index += length
        add(kind, from: start)
    }

    /// A word with letters outside ASCII (`đồng`, `phòng`), read whole with the words after it on the
    /// line that have them too (`ngày làm việc`), and reported once: with the spelling redtape reads
    /// when it is a unit written in Vietnamese, or the name in ASCII letters it could be.
    private mutating func lexForeignWords(from start: Int) {
        func skipWord(from position: Int) -> (end: Int, foreign: Bool) {
            var end = position
            var foreign = false
            while end < bytes.count {
                if Self.isIdentifierByte(bytes[end]) {
                    end += 1
                } else if bytes[end] >= 0x80, let length = letterLength(at: end) {
                    end += length
                    foreign = true
                } else {
                    break
                }
            }
            return (end, foreign)
        }
        index = skipWord(from: start).end
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
            var next = index
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            let word = skipWord(from: next)
            guard word.foreign else { break }
            index = word.end
        }
        let range = SourceRange(start: start, end: index)
        let text = file.text(range)
        // A line of such words is named by its beginning: the source line under the message shows it all.
        let shown = text.count > 40 ? text.prefix(40) + "…" : text
        if let (spelling, help) = ForeignSpelling.meant(text) {
            report(.unexpectedCharacter, "unexpected word '\(text)'", at: range, help: help,
                   fixIts: [Diagnostic.FixIt("replace with '\(spelling)'", range: range, replacement: spelling)])
        } else if text.count <= 40, let name = ForeignSpelling.asciiName(text) {
            report(.unexpectedCharacter, "unexpected word '\(text)'", at: range,
                   help: "names use ASCII letters, digits and '_', such as '\(name)'; put other text in double quotes")
        } else {
            report(.unexpectedCharacter, "unexpected words '\(shown)'", at: range,
                   help: "put text in double quotes; names use ASCII letters, digits and '_'",
                   fixIts: [Diagnostic.FixIt("put it in quotes", range: range, replacement: "\"\(text)\"")])
        }
        add(.invalid, from: start)
    }

    /// The length of the character at `position` when it is a letter outside ASCII (or a mark that
    /// accents one); nil otherwise. Asked only where a file has such a byte outside strings and comments.
    private func letterLength(at position: Int) -> Int? {
        let length = Self.scalarLength(startingWith: bytes[position])
        guard position + length <= bytes.count else { return nil }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[position..<position + length]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark:
            return length
        default:
            return nil
        }
    }

    private mutating func lexNumberOrDate() {
        let start = index
        if let end = dateEnd(at: start) {
            index = end
            add(.date, from: start)
            return
        }
        skipDigits()
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) {
            index += 1
            skipDigits()
        }
        add(.number, from: start)
    }

    private mutating func skipDigits() {
        while index < bytes.count, Self.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
    }

    /// `YYYY-MM-DD`, not followed by another name or digit byte.
    private func dateEnd(at start: Int) -> Int? {
        let end = start + 10
        guard end <= bytes.count else { return nil }
        for offset in 0..<10 {
            let byte = bytes[start + offset]
            let wantsDigit = offset != 4 && offset != 7
            if wantsDigit ? !Self.isDigit(byte) : byte != UInt8(ascii: "-") { return nil }
        }
        if end < bytes.count, Self.isIdentifierByte(bytes[end]) { return nil }
        return end
    }

    private mutating func lexString() {
        let start = index
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                add(.string, from: start)
                return
            case UInt8(ascii: "\\"):
                index = min(bytes.count, index + 2)
            case UInt8(ascii: "\n"):
                unterminatedString(from: start)
                return
            default:
                index += 1
            }
        }
        unterminatedString(from: start)
    }

    private mutating func unterminatedString(from start: Int) {
        var end = index
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        report(.unterminatedString, "unterminated string", at: SourceRange(start: start, end: start + 1),
               help: "close the string with '\"' on the same line",
               fixIts: [Diagnostic.FixIt("insert '\"'", range: .at(end), replacement: "\"")])
        append(Token(kind: .string, start: start, end: end))
    }

    // MARK: - Helpers

    @inline(__always)
    private mutating func add(_ kind: TokenKind, from start: Int) {
        append(Token(kind: kind, start: start, end: index))
    }

    private mutating func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil,
        fixIts: [Diagnostic.FixIt] = []
    ) {
        diagnostics.append(Diagnostic(.error, code, message, at: file.location(range),
                                      help: help, fixIts: fixIts))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static func scalarLength(startingWith byte: UInt8) -> Int {
        switch byte {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }

    // MARK: - Encoding

    struct EncodingProblem {
        let offset: Int
        let code: DiagnosticCode
        let message: String
        let help: String
    }

    /// A NUL byte means a binary file; anything else must be well-formed UTF-8.
    static func encodingProblem(in bytes: [UInt8]) -> EncodingProblem? {
        bytes.withUnsafeBufferPointer { encodingProblem(in: $0) }
    }

    /// Most of a ruleset is ASCII: one scan steps over it eight bytes at a time, looking for a NUL
    /// byte and for the start of a multi-byte character at once. A NUL is reported wherever it is,
    /// so the rest of the file is searched for one before bad UTF-8 is.
    static func encodingProblem(in bytes: UnsafeBufferPointer<UInt8>) -> EncodingProblem? {
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        func word(at index: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func binary(at offset: Int) -> EncodingProblem {
            EncodingProblem(
                offset: offset, code: .binaryFile, message: "this is a binary file, not a ruleset",
                help: "redtape reads UTF-8 text files; check the path")
        }
        func invalid(at offset: Int) -> EncodingProblem {
            if let nul = bytes[offset...].firstIndex(of: 0) { return binary(at: nul) }
            return invalidUTF8(at: offset, byte: bytes[offset])
        }
        var index = 0
        while index < count {
            // A word of ASCII with no zero byte: (w - 0x01…) & ~w & 0x80… is zero exactly when no byte is zero.
            while index + 8 <= count {
                let w = word(at: index)
                guard ((w &- ones) & ~w | w) & highBits == 0 else { break }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte == 0 { return binary(at: index) }
            if byte < 0x80 { index += 1; continue }
            // The second byte's range rules out overlong forms, surrogates and scalars past U+10FFFF;
            // the others need only be continuation bytes.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: return invalid(at: index)
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return invalid(at: index) }
            var offset = 2
            while offset < length {
                guard bytes[index + offset] & 0xC0 == 0x80 else { return invalid(at: index) }
                offset += 1
            }
            index += length
        }
        return nil
    }

    private static func invalidUTF8(at offset: Int, byte: UInt8) -> EncodingProblem {
        let hex = String(byte, radix: 16, uppercase: true)
        return EncodingProblem(
            offset: offset, code: .invalidEncoding,
            message: "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex)",
            help: "save the file as UTF-8 (legacy Vietnamese encodings such as TCVN3 or VNI are not supported)")
    }
}
