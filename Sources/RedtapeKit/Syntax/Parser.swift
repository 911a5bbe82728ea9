/// Builds the syntax tree of one file from its tokens, reporting every error and carrying on.
///
/// Recovery is line-based: a line that cannot be read is reported once and skipped, so one typo
/// yields one message. Every loop consumes at least one token per turn, so the parser cannot hang.
public struct Parser {
    /// Blocks deeper than this are refused: a ruleset needs three levels, and the limit keeps
    /// the recursion far from the stack's end whatever the input.
    static let maximumBlockDepth = 16
    /// The same for parentheses and operators within one expression.
    static let maximumExpressionDepth = 64

    let file: SourceFile
    /// The tokens and the file's bytes, read in place while the parser runs (as the lexer reads the
    /// bytes): every token of a catalog is looked at several times, and an array would check each
    /// index and count a reference on each slice.
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var diagnostics: [Diagnostic] = []
    var expressionDepth = 0
    /// The file's entries, blocks, arguments and comments as they are read (see `SyntaxNodes`).
    private var entries: [SyntaxNodes.EntryNode] = []
    private var blocks: [SyntaxNodes.BlockNode] = []
    private var order: [Int] = []
    private var expressions: [ExpressionSyntax] = []
    /// The operands of the operations read (see `ExpressionSyntax`).
    private var operands: [ExpressionSyntax] = []
    private var comments: [Comment] = []
    /// The entries of the blocks being read, innermost last: each block's are moved to `order`,
    /// side by side, once it closes.
    private var openEntries: [Int] = []

    /// Lexes and parses a file.
    public static func parse(_ file: SourceFile) -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
        Lexer.withTokens(of: file) { tokens, lexical in
            file.bytes.withUnsafeBufferPointer { bytes in
                var parser = Parser(file: file, tokens: tokens, bytes: bytes)
                // An entry takes two tokens (`certified` and the line's end) to seven: room for them all at once.
                let estimate = tokens.count / 3
                parser.entries.reserveCapacity(estimate)
                parser.order.reserveCapacity(estimate)
                parser.expressions.reserveCapacity(estimate)
                let (topLevel, trailing, _) = parser.parseEntries(depth: 0, opening: nil)
                let nodes = SyntaxNodes(entries: parser.entries, blocks: parser.blocks, order: parser.order,
                                        expressions: parser.expressions, operands: parser.operands, comments: parser.comments,
                                        bytes: file.bytes)
                return (SyntaxTree(file: file, nodes: nodes, topLevel: topLevel, trailingComments: trailing),
                        lexical + parser.diagnostics)
            }
        }
    }

    private init(file: SourceFile, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.tokens = tokens
        self.bytes = bytes
    }

    // MARK: - Entries

    /// Entries up to the matching `}` (when `opening` is a brace) or the end of the file, as positions
    /// in `order`, and the comments after the last of them.
    mutating func parseEntries(depth: Int, opening: Token?) -> (Range<Int>, [Comment], Token?) {
        let start = openEntries.count
        var pending: [Comment] = []
        var newlines = 2
        var blankBeforeEntry = false
        while true {
            let token = current
            switch token.kind {
            case .newline:
                newlines += 1
                advance()
            case .comment:
                pending.append(Comment(text: text(token), range: token.range,
                                       blankLineBefore: newlines >= 2 && !(openEntries.count == start && pending.isEmpty)))
                if pending.count == 1 { blankBeforeEntry = newlines >= 2 }
                newlines = 0
                advance()
            case .endOfFile:
                if let opening {
                    error(.unclosedBlock, "expected '}' to close the block", at: .at(token.start),
                          help: "add '}' on a line of its own",
                          notes: [Diagnostic.Note("the block opens here", at: location(opening.range))],
                          fixIts: [Diagnostic.FixIt("insert '}'", range: .at(token.start), replacement: "\n}\n")])
                }
                return (closeEntries(from: start), pending, nil)
            case .rightBrace:
                if opening != nil {
                    advance()
                    return (closeEntries(from: start), pending, token)
                }
                error(.unexpectedClosingBrace, "unexpected '}'", at: token.range,
                      help: "no block is open here; remove the '}'")
                advance()
            case .identifier:
                let blank = pending.isEmpty ? newlines >= 2 : blankBeforeEntry
                let entry = parseEntry(depth: depth, leading: pending, blankLineBefore: blank && openEntries.count > start,
                                       blankLineAfterComments: !pending.isEmpty && newlines >= 2)
                openEntries.append(entry)
                pending = []
                newlines = 1
            case .invalid:
                skipLine()
                newlines = 1
            default:
                lineHadError = false
                error(.expectedKeyword, "expected a keyword at the start of the line, found \(describe(token))",
                      at: token.range,
                      help: "each line starts with a keyword such as 'procedure', 'document' or 'step'")
                skipLine()
                newlines = 1
            }
        }
    }

    /// The entries read since `start`, moved from the open ones to `order`.
    private mutating func closeEntries(from start: Int) -> Range<Int> {
        let first = order.count
        order.append(contentsOf: openEntries[start...])
        openEntries.removeSubrange(start...)
        return first..<order.count
    }

    /// Reads one entry, its block included, and gives its position in `entries`.
    mutating func parseEntry(depth: Int, leading: [Comment], blankLineBefore: Bool, blankLineAfterComments: Bool) -> Int {
        let keywordToken = current
        advance()
        lineHadError = false
        let keyword = keywordToken.range
        let firstArgument = expressions.count
        var value = -1
        var block = -1
        var trailing = -1

        while !current.kind.endsArguments {
            let before = index
            expressions.append(parseArgument())
            // A token that cannot start a value has been reported; step over it so the loop ends.
            if index == before { advance() }
            if diagnosticsEndLine { break }
        }
        let arguments = firstArgument..<expressions.count
        if current.kind == .equals, !diagnosticsEndLine {
            advance()
            expressions.append(parseArgument())
            value = expressions.count - 1
        }
        if current.kind == .leftBrace, !diagnosticsEndLine {
            (block, trailing) = parseBlock(depth: depth)
        }
        if trailing < 0 { trailing = takeTrailingComment() }
        if !diagnosticsEndLine, current.kind == .identifier, tokens[index - 1].kind == .number {
            let word = text(current)
            error(.unknownUnit, "unknown unit '\(word)'", at: current.range, help: UnitWords.help(for: word),
                  fixIts: UnitWords.fixIts(for: word, at: current.range))
        }
        // An invalid token was reported by the lexer: the line ends there quietly.
        if !diagnosticsEndLine, !current.kind.endsEntry, current.kind != .invalid {
            error(.expectedEndOfLine, "expected the end of the line after '\(text(keywordToken))', found \(describe(current))",
                  at: current.range, help: "write one fact per line")
        }
        if !current.kind.endsEntry { skipLine() }
        if current.kind == .newline { advance() }
        let valueEnd = value < 0 ? nil : expressions[value].range.end
        let end = block >= 0 ? blocks[block].range.end
            : arguments.isEmpty ? valueEnd ?? keyword.end : expressions[arguments.upperBound - 1].range.end
        let firstComment = comments.count
        if !leading.isEmpty { comments.append(contentsOf: leading) }
        entries.append(SyntaxNodes.EntryNode(
            keyword: keyword, arguments: arguments, value: value, block: block,
            range: SourceRange(start: keyword.start, end: max(end, valueEnd ?? end)),
            leadingComments: firstComment..<comments.count, trailingComment: trailing, blankLineBefore: blankLineBefore,
            blankLineAfterComments: blankLineAfterComments))
        lineHadError = false
        return entries.count - 1
    }

    /// The block's position in `blocks`, and that of the comment written after its `{`; -1 for none.
    private mutating func parseBlock(depth: Int) -> (block: Int, openingComment: Int) {
        let open = current
        if depth + 1 > Self.maximumBlockDepth {
            error(.nestingTooDeep, "blocks are nested more than \(Self.maximumBlockDepth) deep",
                  at: open.range, help: "a ruleset needs at most three levels: procedure, step, fee")
            skipBlock()
            return (-1, -1)
        }
        advance()
        let openingComment = takeTrailingComment()
        let (children, trailing, close) = parseEntries(depth: depth + 1, opening: open)
        let closingComment = close == nil ? -1 : takeTrailingComment()
        let end = close?.end ?? current.start
        let firstComment = comments.count
        if !trailing.isEmpty { comments.append(contentsOf: trailing) }
        blocks.append(SyntaxNodes.BlockNode(entries: children, trailingComments: firstComment..<comments.count,
                                            closingComment: closingComment, range: SourceRange(start: open.start, end: end)))
        return (blocks.count - 1, openingComment)
    }

    // MARK: - Tokens

    var lineHadError = false
    private var diagnosticsEndLine: Bool { lineHadError }

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func text(_ token: Token) -> String {
        String(decoding: bytes(of: token), as: UTF8.self)
    }

    func bytes(of token: Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    /// A token as a message names it; a long one by its beginning (the source line shows it whole).
    func describe(_ token: Token) -> String {
        let written = text(token)
        let shown = written.count > 40 ? written.prefix(40) + "…" : written
        return switch token.kind {
        case .identifier, .invalid: "'\(shown)'"
        case .number: "number '\(shown)'"
        default: token.kind.spelling
        }
    }

    func location(_ range: SourceRange) -> SourceLocation { file.location(range) }

    /// Keeps an operand of the operation being read, and gives its position.
    mutating func keep(_ operand: ExpressionSyntax) -> Int {
        operands.append(operand)
        return operands.count - 1
    }

    /// Keeps the items of a list side by side, and gives their positions.
    mutating func keep(_ items: [ExpressionSyntax]) -> Range<Int> {
        let first = operands.count
        operands.append(contentsOf: items)
        return first..<operands.count
    }

    /// The comment ending the line, as a position in `comments`; -1 for none.
    private mutating func takeTrailingComment() -> Int {
        guard current.kind == .comment else { return -1 }
        let token = current
        advance()
        comments.append(Comment(text: text(token), range: token.range, blankLineBefore: false))
        return comments.count - 1
    }

    /// Skips to the end of the current line, stepping over whole blocks so that a bad line's
    /// `{ … }` does not close the enclosing block early.
    mutating func skipLine() {
        while current.kind != .newline, current.kind != .endOfFile, current.kind != .rightBrace {
            if current.kind == .leftBrace { skipBlock() } else { advance() }
        }
    }

    /// Skips a balanced `{ … }` starting at (or just after) its `{`, without recursion.
    mutating func skipBlock() {
        var depth = current.kind == .leftBrace ? 0 : 1
        while current.kind != .endOfFile {
            if current.kind == .leftBrace { depth += 1 }
            if current.kind == .rightBrace {
                depth -= 1
                if depth == 0 { advance(); return }
            }
            advance()
        }
    }

    /// Reports a syntax error, once per line: what follows a first error on the same line is usually its echo.
    /// An unclosed block is always reported, since it is found at the end of the file.
    mutating func error(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil,
        notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
    ) {
        if lineHadError, code != .unclosedBlock { return }
        lineHadError = true
        diagnostics.append(Diagnostic(.error, code, message, at: location(range), help: help, notes: notes,
                                      fixIts: fixIts))
    }
}

extension TokenKind {
    /// Tokens at which an entry's arguments stop.
    var endsArguments: Bool {
        switch self {
        case .newline, .endOfFile, .leftBrace, .rightBrace, .equals, .comment: true
        default: false
        }
    }

    /// Tokens at which an entry's line stops.
    var endsEntry: Bool {
        switch self {
        case .newline, .endOfFile, .rightBrace, .comment: true
        default: false
        }
    }
}
