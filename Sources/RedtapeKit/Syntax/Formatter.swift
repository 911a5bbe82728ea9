/// Prints a syntax tree in the one canonical layout: two-space indents, one fact per line,
/// single spaces between arguments, comments and single blank lines kept where the author put them.
///
/// Only trees without syntax errors are formatted; formatting is idempotent.
public struct Formatter: Sendable {
    static let indentUnit = "  "

    public init() {}

    public func format(_ tree: SyntaxTree) -> String {
        var out = ""
        for (index, entry) in tree.entries.enumerated() {
            let previousHadBlock = index > 0 && tree.entries[index - 1].block != nil
            let separate = index > 0 && (entry.blankLineBefore || entry.block != nil || previousHadBlock)
            write(entry, depth: 0, separated: separate, in: tree, into: &out)
        }
        writeComments(tree.trailingComments, depth: 0, first: tree.entries.isEmpty, into: &out)
        return out
    }

    private func write(_ entry: Entry, depth: Int, separated: Bool, in tree: SyntaxTree, into out: inout String) {
        let indent = String(repeating: Self.indentUnit, count: depth)
        if separated { out += "\n" }
        for (index, comment) in entry.leadingComments.enumerated() {
            if index > 0, comment.blankLineBefore { out += "\n" }
            out += indent + comment.text + "\n"
        }
        if entry.blankLineAfterComments { out += "\n" }
        var line = indent + entry.keyword.text
        for argument in entry.arguments { line += " " + Self.text(of: argument, in: tree) }
        if let value = entry.value { line += " = " + Self.text(of: value, in: tree) }
        guard let block = entry.block else {
            out += line + trailing(entry.trailingComment) + "\n"
            return
        }
        if block.entries.isEmpty, block.trailingComments.isEmpty, entry.trailingComment == nil {
            out += line + " {}" + trailing(block.closingComment) + "\n"
            return
        }
        out += line + " {" + trailing(entry.trailingComment) + "\n"
        for (index, child) in block.entries.enumerated() {
            write(child, depth: depth + 1, separated: index > 0 && child.blankLineBefore, in: tree, into: &out)
        }
        writeComments(block.trailingComments, depth: depth + 1, first: block.entries.isEmpty, into: &out)
        out += indent + "}" + trailing(block.closingComment) + "\n"
    }

    private func writeComments(_ comments: some RandomAccessCollection<Comment>, depth: Int, first: Bool, into out: inout String) {
        let indent = String(repeating: Self.indentUnit, count: depth)
        for (index, comment) in comments.enumerated() {
            if comment.blankLineBefore, !(first && index == 0) { out += "\n" }
            out += indent + comment.text + "\n"
        }
    }

    private func trailing(_ comment: Comment?) -> String {
        comment.map { "  " + $0.text } ?? ""
    }

    // MARK: - Expressions

    /// The canonical text of an expression of `tree`.
    public static func text(of expression: ExpressionSyntax, in tree: SyntaxTree) -> String {
        func text(of position: Int) -> String { Self.text(of: tree.operand(position), in: tree) }
        let file = tree.file
        switch expression.kind {
        case .number(let digits, let unit):
            let number = file.text(digits)
            guard let unit else { return number }
            let written = unit.text(in: file)
            return number + (["%", "min", "h"].contains(written) ? "" : " ") + written
        case .string:
            return quoted(file.stringValue(expression.range))
        case .date, .identifier:
            return file.text(expression.range)
        case .member(let base, let name):
            return text(of: base) + "." + file.text(name)
        case .range(let low, let likely, let high):
            return [low, likely, high].compactMap { $0.map(text(of:)) }.joined(separator: "..")
        case .unary(.negate, let operand):
            return "-" + text(of: operand)
        case .unary(.not, let operand):
            return "not " + text(of: operand)
        case .binary(let op, let left, let right):
            return text(of: left) + " " + op.rawValue + " " + text(of: right)
        case .parenthesized(let inner):
            return "(" + text(of: inner) + ")"
        case .list(let items):
            return items.map(text(of:)).joined(separator: ", ")
        case .missing:
            return ""
        }
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
