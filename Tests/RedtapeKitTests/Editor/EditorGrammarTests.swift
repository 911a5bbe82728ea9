import Foundation
import Testing
@testable import RedtapeKit

@Suite("the editor grammar")
struct EditorGrammarTests {
    /// A keyword the language gains must be coloured as one in the editor: the grammar lists each in
    /// an alternation, `(…|within|outside_limit|…)`.
    @Test("every keyword of the language is in the VS Code grammar")
    func keywords() throws {
        let grammar = try String(contentsOfFile: Paths.repository + "/editors/vscode/syntaxes/redtape.tmLanguage.json", encoding: .utf8)
        let missing = Keyword.allCases.map(\.rawValue).filter { word in
            !["(", "|"].contains { before in [")", "|"].contains { after in grammar.contains(before + word + after) } }
        }
        #expect(missing.isEmpty, "not in the grammar: \(missing)")
    }
}
