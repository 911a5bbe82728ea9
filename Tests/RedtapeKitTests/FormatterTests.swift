import Foundation
import Testing
@testable import RedtapeKit

@Suite("fmt")
struct FormatterTests {
    static let shipped = Paths.rulesets(under: "Examples") + Paths.rulesets(under: "Rulesets")

    static func checked(_ text: String, path: String) -> (Ruleset?, [Diagnostic]) {
        let reader = MemoryReader(files: [path: Array(text.utf8)], fallback: FileSystemReader())
        let workspace = Workspace.load([path], reader: reader)
        return (workspace.rulesets[path], workspace.diagnostics)
    }

    @Test("every shipped ruleset: parse → fmt → parse yields the same model", arguments: shipped)
    func roundTrip(_ path: String) throws {
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let (tree, syntax) = Parser.parse(SourceFile(path: path, text: original))
        #expect(!syntax.hasErrors)
        let formatted = Formatter().format(tree)
        let (before, beforeDiagnostics) = Self.checked(original, path: path)
        let (after, afterDiagnostics) = Self.checked(formatted, path: path)
        #expect(!beforeDiagnostics.hasErrors && !afterDiagnostics.hasErrors)
        #expect(ModelDump.of(try #require(before)) == ModelDump.of(try #require(after)))
    }

    @Test("every shipped ruleset is already formatted, and fmt is idempotent", arguments: shipped)
    func idempotent(_ path: String) throws {
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let once = Formatter().format(Parser.parse(SourceFile(path: path, text: original)).tree)
        let twice = Formatter().format(Parser.parse(SourceFile(path: path, text: once)).tree)
        #expect(once == original, "run 'redtape fmt --write \(path)'")
        #expect(twice == once)
    }

    /// The examples of docs/LANGUAGE.md, the code blocks without a language tag; a line that begins
    /// with '…' stands for what an example leaves out, and is left out here.
    static let manualExamples: [String] = {
        guard let manual = try? String(contentsOfFile: Paths.repository + "/docs/LANGUAGE.md", encoding: .utf8) else { return [] }
        var examples: [String] = []
        var current: [Substring]?
        var tagged = false
        for line in manual.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("```") || current != nil || tagged {
            if line.hasPrefix("```") {
                if tagged {
                    tagged = false
                } else if let lines = current {
                    examples.append(lines.joined(separator: "\n") + "\n")
                    current = nil
                } else if line == "```" {
                    current = []
                } else {
                    tagged = true
                }
            } else if !line.trimmingCharacters(in: .whitespaces).hasPrefix("…") {
                current?.append(line)
            }
        }
        return examples
    }()

    @Test("every example of the language's manual reads without a syntax error, in fmt's layout")
    func manualExamplesReadAndAreFormatted() throws {
        #expect(Self.manualExamples.count >= 15)
        for example in Self.manualExamples {
            let (tree, syntax) = Parser.parse(SourceFile(path: "LANGUAGE.md", text: example))
            #expect(!syntax.hasErrors, "\(example)")
            #expect(Formatter().format(tree) == example, "not in fmt's layout:\n\(example)")
        }
    }

    @Test("messy layout becomes the canonical one, comments kept")
    func canonicalLayout() {
        let messy = """
            # Header comment

            ruleset   "T"{   # about the header
                currency VND


                basis "A \\"quoted\\" basis"
            }
            procedure p "P" {
              cases 10 per   year
            \tchannel online  60%,
              channel in_person 40%
              document d "D" { }
              step s "S" {
                # why this effort
                effort 30 min+1h  # trailing
                after   a,b
              } # closing
            }
            # the end
            """
        let expected = """
            # Header comment

            ruleset "T" {  # about the header
              currency VND

              basis "A \\"quoted\\" basis"
            }

            procedure p "P" {
              cases 10 per year
              channel online 60%, channel in_person 40%
              document d "D" {}
              step s "S" {
                # why this effort
                effort 30min + 1h  # trailing
                after a, b
              }  # closing
            }
            # the end

            """
        let tree = Parser.parse(SourceFile(path: "m.ruleset", text: messy)).tree
        #expect(Formatter().format(tree) == expected)
    }

    @Test("CRLF line endings become LF")
    func crlf() {
        let tree = Parser.parse(SourceFile(path: "c.ruleset", text: "assume x = 1h\r\n# note\r\n")).tree
        #expect(Formatter().format(tree) == "assume x = 1h\n# note\n")
    }
}

/// Serves some files from memory and the rest from another reader.
struct MemoryReader: SourceReader {
    let files: [String: [UInt8]]
    let fallback: FileSystemReader

    func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        if let bytes = files[path] { return .success(bytes) }
        return fallback.read(path)
    }
    func isDirectory(_ path: String) -> Bool { files[path] == nil && fallback.isDirectory(path) }
    func rulesetFiles(in directory: String) -> [String] { fallback.rulesetFiles(in: directory) }
    func canonical(_ path: String) -> String { files[path] != nil ? PathText.normalize(path) : fallback.canonical(path) }
    func projectRoot(of path: String) -> String { fallback.projectRoot(of: path) }
}
