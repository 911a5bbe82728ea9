import Testing
@testable import RedtapeKit

/// A file's entries, arguments and comments live in arrays for the whole file; each block's and
/// each entry's share of them must come back whole, in order and indexed from zero.
@Suite("Syntax tree")
struct SyntaxTreeTests {
    static let text = """
        # opening
        ruleset "R" { currency VND }

        procedure p "P" {  # after the brace
          document d "D" {
            prepare 10min..2h
          }
          # before the step

          step s "S" {
            submits d
            effort 1h
            # last in the step
          }  # on the closing line
          cases 100 per year
        }
        assume rate = 10 VND/h
        # end of file
        """

    static let tree = Parser.parse(SourceFile(path: "t.ruleset", text: text)).tree

    @Test("entries at every level, in the order written")
    func entries() {
        #expect(Self.tree.entries.map(\.keyword.text) == ["ruleset", "procedure", "assume"])
        let procedure = Self.tree.entries[1]
        let children = procedure.block!.entries
        #expect(children.map(\.keyword.text) == ["document", "step", "cases"])
        #expect(children[0].block!.entries.map(\.keyword.text) == ["prepare"])
        #expect(children[1].block!.entries.map(\.keyword.text) == ["submits", "effort"])
        #expect(Self.tree.entries[0].block!.entries.map(\.keyword.text) == ["currency"])
        #expect(children[2].block == nil)
    }

    /// The checker finds an entry's keyword from its bytes; only a message makes its text. An entry's
    /// node holds no text of its own, so a file's entries copy and free as plain bytes.
    @Test("keywords are recognised from their bytes, in the block they belong to")
    func keywordsFromBytes() {
        let procedure = Self.tree.entries[1]
        let children = procedure.block!.entries
        #expect(Context.procedure.keyword(of: children[0])?.keyword == .document)
        #expect(Context.procedure.keyword(of: children[2])?.keyword == .cases)
        #expect(Context.file.keyword(of: children[0]) == nil)
        #expect(Context.step.keyword(of: children[1].block!.entries[0])?.keyword == .submits)
        #expect(Context.file.keyword(of: Self.tree.entries[2])?.keyword == .assume)
        #expect(Context.document.keyword("prepare")?.keyword == .prepare)
        #expect(Context.document.keyword("prepar") == nil)
        #expect(_isPOD(SyntaxNodes.EntryNode.self))
        // Each context finds its keywords by its place in the list of contexts, never another's.
        for context in Context.allCases {
            for keyword in Keyword.allCases {
                #expect((context.keyword(keyword.rawValue) != nil) == context.keywords.contains(keyword), "\(context) \(keyword)")
            }
        }
    }

    @Test("each entry's arguments and value, indexed from zero")
    func arguments() {
        func text(_ expression: ExpressionSyntax) -> String { Formatter.text(of: expression, in: Self.tree) }
        let procedure = Self.tree.entries[1]
        #expect(procedure.arguments.map(text) == ["p", "\"P\""])
        let step = procedure.block!.entries[1]
        #expect(step.arguments.count == 2)
        #expect(text(step.arguments[0]) == "s")
        #expect(text(step.arguments[1]) == "\"S\"")
        #expect(step.block!.entries[0].arguments.map(text) == ["d"])
        #expect(procedure.block!.entries[0].block!.entries[0].arguments.map(text) == ["10min..2h"])
        let assume = Self.tree.entries[2]
        #expect(assume.arguments.map(text) == ["rate"])
        #expect(assume.value.map(text) == "10 VND/h")
        #expect(procedure.value == nil)
        #expect(procedure.block!.entries[2].arguments.map(text) == ["100 per year"])
        // Operands are positions and literals are byte ranges: an expression copies as plain bytes.
        #expect(_isPOD(ExpressionSyntax.self))
    }

    /// A string keeps the bytes it covers; its value resolves `\"`, `\\`, `\n` and `\t`, and keeps an
    /// unknown escape as written, which the parser reports once, at its two bytes.
    @Test("a string's value is read from its bytes, escapes resolved")
    func stringValues() {
        let source = #"note "a\"b\\c\nd\qe"\#nnote "plain""#
        let (tree, diagnostics) = Parser.parse(SourceFile(path: "t", text: source))
        #expect(tree.file.stringValue(tree.entries[0].arguments[0].range) == "a\"b\\c\nd\\qe")
        #expect(tree.file.stringValue(tree.entries[1].arguments[0].range) == "plain")
        #expect(diagnostics.map(\.code) == [.invalidEscape])
        #expect(diagnostics.first?.location.range == SourceRange(start: 16, end: 18))
    }

    @Test("comments where they were written")
    func comments() {
        #expect(Self.tree.entries[0].leadingComments.map(\.text) == ["# opening"])
        let procedure = Self.tree.entries[1]
        #expect(procedure.trailingComment?.text == "# after the brace")
        let step = procedure.block!.entries[1]
        #expect(step.leadingComments.map(\.text) == ["# before the step"])
        #expect(!step.blankLineBefore && step.blankLineAfterComments)
        #expect(Self.tree.entries[1].blankLineBefore)
        #expect(step.block!.trailingComments.map(\.text) == ["# last in the step"])
        #expect(step.block!.closingComment?.text == "# on the closing line")
        #expect(procedure.block!.entries[0].leadingComments.isEmpty)
        #expect(Self.tree.trailingComments.map(\.text) == ["# end of file"])
    }

    @Test("each entry's range runs from its keyword to its block's closing brace or its last argument")
    func ranges() {
        let file = Self.tree.file
        #expect(file.text(Self.tree.entries[2].range) == "assume rate = 10 VND/h")
        let document = Self.tree.entries[1].block!.entries[0]
        #expect(file.text(document.range).hasPrefix("document d \"D\" {"))
        #expect(file.text(document.range).hasSuffix("}"))
        #expect(file.text(document.block!.entries[0].range) == "prepare 10min..2h")
    }
}
