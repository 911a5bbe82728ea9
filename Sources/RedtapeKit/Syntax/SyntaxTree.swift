/// The syntax tree of one ruleset file.
///
/// The grammar is uniform: a file is a list of entries, and every entry is a keyword, some
/// arguments, an optional `= value` and an optional block of further entries. What each keyword
/// means, and which arguments it takes, is the checker's business; the tree keeps only what was
/// written, comments and blank lines included, so that `fmt` can print it back.
public struct SyntaxTree: Sendable {
    public let file: SourceFile
    public let entries: [Entry]
    /// Comments after the last entry of the file.
    public let trailingComments: [Comment]
}

/// A comment and whether a blank line stood before it.
public struct Comment: Hashable, Sendable {
    public let text: String
    public let range: SourceRange
    public let blankLineBefore: Bool
}

/// `keyword arguments… [= value] [{ entries… }]`, one per line.
///
/// Immutable, and shared by reference: the checker hands entries to a closure per keyword, and a
/// copy of a value this size retained each of its arrays and strings.
public final class Entry: Sendable {
    public let keyword: Name
    public let arguments: [ExpressionSyntax]
    public let value: ExpressionSyntax?
    public let block: Block?
    public let range: SourceRange
    /// Whole-line comments directly above the entry.
    public let leadingComments: [Comment]
    /// A comment at the end of the entry's line (after `{` for a block).
    public let trailingComment: Comment?
    /// Whether the author left a blank line before the entry (kept, one at most, by `fmt`).
    public let blankLineBefore: Bool
    /// Whether a blank line separates the leading comments from the entry (a file's opening comment, say).
    public let blankLineAfterComments: Bool

    init(keyword: Name, arguments: [ExpressionSyntax], value: ExpressionSyntax?, block: Block?, range: SourceRange,
         leadingComments: [Comment], trailingComment: Comment?, blankLineBefore: Bool, blankLineAfterComments: Bool) {
        self.keyword = keyword
        self.arguments = arguments
        self.value = value
        self.block = block
        self.range = range
        self.leadingComments = leadingComments
        self.trailingComment = trailingComment
        self.blankLineBefore = blankLineBefore
        self.blankLineAfterComments = blankLineAfterComments
    }
}

/// `{ entries… }`.
public struct Block: Sendable {
    public let entries: [Entry]
    /// Comments after the last entry, before `}`.
    public let trailingComments: [Comment]
    /// A comment on the line of the closing `}`.
    public let closingComment: Comment?
    public let range: SourceRange
}

/// An identifier with where it was written.
public struct Name: Hashable, Sendable {
    public let text: String
    public let range: SourceRange
}

/// An expression: a literal, a reference, or an operation on them.
public struct ExpressionSyntax: Sendable {
    /// Only the cases that hold expressions are boxed: most arguments are a single name, number or
    /// string, and those are stored inline, with no allocation of their own.
    public enum Kind: Sendable {
        /// A number as written (`50_000`, `1.5`), and its unit if one follows (`VND`, `VND/h`, `min`, `%`, `per year`).
        case number(text: String, unit: UnitSyntax?)
        /// A string's value, escapes resolved.
        case string(String)
        case date(String)
        case identifier(String)
        /// `base.member`.
        indirect case member(ExpressionSyntax, Name)
        /// `low..high`, or `low..likely..high`.
        indirect case range(low: ExpressionSyntax, likely: ExpressionSyntax?, high: ExpressionSyntax)
        indirect case unary(UnaryOperator, ExpressionSyntax)
        indirect case binary(BinaryOperator, ExpressionSyntax, ExpressionSyntax)
        indirect case parenthesized(ExpressionSyntax)
        /// `a, b, c`.
        case list([ExpressionSyntax])
        /// Where an expression should have been; the parser has already reported it.
        case missing
    }

    public let kind: Kind
    public let range: SourceRange
}

/// The unit after a number, as written.
public struct UnitSyntax: Hashable, Sendable {
    /// The words of the unit joined canonically: `VND`, `VND/h`, `min`, `h`, `workdays`, `%`, `per year`.
    public let text: String
    public let range: SourceRange
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case and, or

    /// Binding strength; higher binds tighter.
    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 3
        case .add, .subtract: 4
        case .multiply, .divide: 5
        }
    }
}
