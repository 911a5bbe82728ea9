/// The kinds of token the lexer produces.
public enum TokenKind: UInt8, Sendable {
    case identifier
    case number
    case string
    case date
    case leftBrace, rightBrace, leftParen, rightParen
    case comma, dot, dotDot, equals
    case plus, minus, star, slash, percent
    case equalEquals, notEquals, less, lessEquals, greater, greaterEquals
    case comment
    case newline
    /// A byte sequence that is no token; the lexer has already reported it.
    case invalid
    case endOfFile
}

/// A token: its kind and the bytes it covers. Text is read from the source only when needed.
///
/// Twelve bytes, offsets in 32 bits as in `SourceRange`: a file's tokens are made and read once each.
public struct Token: Sendable {
    public let kind: TokenKind
    private let first: UInt32
    private let last: UInt32

    public init(kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        first = UInt32(clamping: start)
        last = UInt32(clamping: end)
    }

    public var start: Int { Int(first) }
    public var end: Int { Int(last) }
    public var range: SourceRange { SourceRange(start: start, end: end) }
}

extension TokenKind {
    /// How the token is named in messages (`expected '}'`).
    var spelling: String {
        switch self {
        case .identifier: "a name"
        case .number: "a number"
        case .string: "a string"
        case .date: "a date"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .comma: "','"
        case .dot: "'.'"
        case .dotDot: "'..'"
        case .equals: "'='"
        case .plus: "'+'"
        case .minus: "'-'"
        case .star: "'*'"
        case .slash: "'/'"
        case .percent: "'%'"
        case .equalEquals: "'=='"
        case .notEquals: "'!='"
        case .less: "'<'"
        case .lessEquals: "'<='"
        case .greater: "'>'"
        case .greaterEquals: "'>='"
        case .comment: "a comment"
        case .newline: "the end of the line"
        case .invalid: "an invalid character"
        case .endOfFile: "the end of the file"
        }
    }
}
