/// What the syntax tree's literals say, read from the bytes they cover.
extension SourceFile {
    /// The value of a string literal: quotes removed, escapes resolved. An unknown escape, which the
    /// parser has reported, is kept as written.
    public func stringValue(_ range: SourceRange) -> String {
        let (start, end) = stringContents(range)
        guard bytes[start..<end].contains(UInt8(ascii: "\\")) else {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                result.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): result.append(escaped)
            case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
            default: result.append(contentsOf: [byte, escaped])
            }
            index += 2
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The escapes of a string literal that the language does not know, each as the two bytes it covers.
    func unknownEscapes(in range: SourceRange) -> [SourceRange] {
        let (start, end) = stringContents(range)
        var unknown: [SourceRange] = []
        var index = start
        while index < end {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < end else {
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"): break
            default: unknown.append(SourceRange(start: index, end: index + 2))
            }
            index += 2
        }
        return unknown
    }

    /// The bytes between a string's quotes; an unterminated string runs to the end of its token.
    private func stringContents(_ range: SourceRange) -> (start: Int, end: Int) {
        var start = range.start + 1
        var end = range.end
        if end > start, bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 } else { start = min(start, end) }
        return (start, end)
    }
}
