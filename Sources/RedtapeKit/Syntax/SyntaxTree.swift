/// The syntax tree of one ruleset file.
///
/// The grammar is uniform: a file is a list of entries, and every entry is a keyword, some
/// arguments, an optional `= value` and an optional block of further entries. What each keyword
/// means, and which arguments it takes, is the checker's business; the tree keeps only what was
/// written, comments and blank lines included, so that `fmt` can print it back.
///
/// The entries of a file, their arguments and their comments are kept in a few arrays for the
/// whole file (`SyntaxNodes`), and an `Entry` or a `Block` is a position in them: a national catalog
/// has millions of entries, and an object with arrays of its own for each one cost more to make
/// and to free than reading the file did.
public struct SyntaxTree: Sendable {
    public let file: SourceFile
    let nodes: SyntaxNodes
    /// The entries at the top level of the file, as positions in `nodes.order`.
    let topLevel: Range<Int>
    /// Comments after the last entry of the file.
    public let trailingComments: [Comment]

    public var entries: EntryList { EntryList(nodes: nodes, bounds: topLevel) }

    /// The operand of an operation at this position.
    public func operand(_ position: Int) -> ExpressionSyntax { nodes.operands[position] }

    /// The items of a list.
    public func operands(_ positions: Range<Int>) -> SyntaxList<ExpressionSyntax> { SyntaxList(nodes.operands, positions) }
}

/// A comment and whether a blank line stood before it.
public struct Comment: Hashable, Sendable {
    public let text: String
    public let range: SourceRange
    public let blankLineBefore: Bool
}

/// Every entry, block, argument and comment of one file, each block's entries side by side in `order`.
///
/// An entry's keyword is kept as the bytes it covers, and its text made only when asked for: the
/// checker recognises keywords from their bytes, and an entry of plain values copies and frees
/// without counting a reference.
final class SyntaxNodes: Sendable {
    struct EntryNode: Sendable {
        let keyword: SourceRange
        /// Positions in `expressions`.
        let arguments: Range<Int>
        /// A position in `expressions`, or -1.
        let value: Int
        /// A position in `blocks`, or -1.
        let block: Int
        let range: SourceRange
        /// Positions in `comments`.
        let leadingComments: Range<Int>
        /// A position in `comments`, or -1.
        let trailingComment: Int
        let blankLineBefore: Bool
        let blankLineAfterComments: Bool
    }

    struct BlockNode: Sendable {
        /// Positions in `order`.
        let entries: Range<Int>
        /// Positions in `comments`.
        let trailingComments: Range<Int>
        /// A position in `comments`, or -1.
        let closingComment: Int
        let range: SourceRange
    }

    let entries: [EntryNode]
    let blocks: [BlockNode]
    /// Positions in `entries`: the entries of each block, and of the top level, one run each.
    let order: [Int]
    let expressions: [ExpressionSyntax]
    /// The operands of the operations in `expressions` (and of those here), at the positions they name.
    let operands: [ExpressionSyntax]
    let comments: [Comment]
    /// The file's bytes, which the keywords are read from.
    let bytes: [UInt8]

    init(entries: [EntryNode], blocks: [BlockNode], order: [Int], expressions: [ExpressionSyntax],
         operands: [ExpressionSyntax], comments: [Comment], bytes: [UInt8]) {
        self.bytes = bytes
        self.operands = operands
        self.entries = entries
        self.blocks = blocks
        self.order = order
        self.expressions = expressions
        self.comments = comments
    }

    func comment(_ position: Int) -> Comment? {
        position < 0 ? nil : comments[position]
    }
}

/// `keyword arguments… [= value] [{ entries… }]`, one per line.
public struct Entry: Sendable {
    let nodes: SyntaxNodes
    let position: Int

    private var node: SyntaxNodes.EntryNode { nodes.entries[position] }

    public var keyword: Name {
        let range = node.keyword
        return Name(text: String(decoding: nodes.bytes[range.start..<range.end], as: UTF8.self), range: range)
    }

    /// The keyword's bytes, for recognising it without making its text.
    func withKeywordBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = node.keyword
        return nodes.bytes.withUnsafeBufferPointer { bytes in
            body(UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]))
        }
    }
    public var arguments: SyntaxList<ExpressionSyntax> { SyntaxList(nodes.expressions, node.arguments) }
    public var value: ExpressionSyntax? {
        let value = node.value
        return value < 0 ? nil : nodes.expressions[value]
    }
    public var block: Block? {
        let block = node.block
        return block < 0 ? nil : Block(nodes: nodes, position: block)
    }
    public var range: SourceRange { node.range }
    /// Whole-line comments directly above the entry.
    public var leadingComments: SyntaxList<Comment> { SyntaxList(nodes.comments, node.leadingComments) }
    /// A comment at the end of the entry's line (after `{` for a block).
    public var trailingComment: Comment? { nodes.comment(node.trailingComment) }
    /// Whether the author left a blank line before the entry (kept, one at most, by `fmt`).
    public var blankLineBefore: Bool { node.blankLineBefore }
    /// Whether a blank line separates the leading comments from the entry (a file's opening comment, say).
    public var blankLineAfterComments: Bool { node.blankLineAfterComments }
}

/// `{ entries… }`.
public struct Block: Sendable {
    let nodes: SyntaxNodes
    let position: Int

    private var node: SyntaxNodes.BlockNode { nodes.blocks[position] }

    public var entries: EntryList { EntryList(nodes: nodes, bounds: node.entries) }
    /// Comments after the last entry, before `}`.
    public var trailingComments: SyntaxList<Comment> { SyntaxList(nodes.comments, node.trailingComments) }
    /// A comment on the line of the closing `}`.
    public var closingComment: Comment? { nodes.comment(node.closingComment) }
    public var range: SourceRange { node.range }
}

/// A run of the arguments or comments of a file, indexed from zero.
public struct SyntaxList<Element>: RandomAccessCollection {
    private let base: [Element]
    private let bounds: Range<Int>

    init(_ base: [Element], _ bounds: Range<Int>) {
        self.base = base
        self.bounds = bounds
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count }
    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < endIndex, "index out of range")
        return base[bounds.lowerBound + index]
    }
}

extension SyntaxList: Sendable where Element: Sendable {}

/// The entries of a block, or of the top level of a file, indexed from zero.
public struct EntryList: RandomAccessCollection, Sendable {
    let nodes: SyntaxNodes
    let bounds: Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count }
    public subscript(index: Int) -> Entry {
        precondition(index >= 0 && index < endIndex, "index out of range")
        return Entry(nodes: nodes, position: nodes.order[bounds.lowerBound + index])
    }
}

/// An identifier with where it was written.
public struct Name: Hashable, Sendable {
    public let text: String
    public let range: SourceRange
}

/// An expression: a literal, a reference, or an operation on them.
///
/// Plain bytes, copied without counting a reference: a literal holds the bytes it covers, not a text
/// (the checker reads each once, making the model's names from them and a number's value from its
/// digits), and an operation holds its operands as positions in the file's operands
/// (`SyntaxTree.operand(_:)`), stored there when the operation was read.
public struct ExpressionSyntax: Sendable {
    public enum Kind: Sendable {
        /// A number, its digits the bytes of `digits` (`50_000`, `1.5`), and its unit if one follows
        /// (`VND`, `VND/h`, `min`, `%`, `per year`).
        case number(digits: SourceRange, unit: UnitSyntax?)
        /// A string in quotes: its value is `SourceFile.stringValue(_:)` of the expression's range.
        case string
        /// `YYYY-MM-DD`, the bytes of the expression's range.
        case date
        /// A name, the bytes of the expression's range.
        case identifier
        /// `base.member`: the base's position, and the member's name as written.
        case member(Int, name: SourceRange)
        /// `low..high`, or `low..likely..high`.
        case range(low: Int, likely: Int?, high: Int)
        case unary(UnaryOperator, Int)
        case binary(BinaryOperator, Int, Int)
        case parenthesized(Int)
        /// `a, b, c`: the items' positions, side by side.
        case list(Range<Int>)
        /// Where an expression should have been; the parser has already reported it.
        case missing
    }

    public let kind: Kind
    public let range: SourceRange
}

/// The unit after a number, as written: the bytes of its words and how they are put together.
public struct UnitSyntax: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// `%`.
        case percent
        /// One word: `VND`, `min`, `workdays`, or a misspelt one (`mins`).
        case word
        /// `per` and a period, `per year`: the period is the first word.
        case per
        /// A currency, `/` and a period: `VND/h`.
        case rate
        /// Two words as laws write a time limit: `working days`.
        case twoWords
    }

    public let form: Form
    /// The unit's first word, and its second (a rate's period, the second of two words); for `%`, the sign.
    let first: SourceRange
    let second: SourceRange
    public let range: SourceRange

    /// The words joined canonically: `VND`, `VND/h`, `min`, `h`, `workdays`, `%`, `per year`.
    public func text(in file: SourceFile) -> String {
        switch form {
        case .percent: "%"
        case .word: file.text(first)
        case .per: "per " + file.text(first)
        case .rate: file.text(first) + "/" + file.text(second)
        case .twoWords: file.text(first) + " " + file.text(second)
        }
    }
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
