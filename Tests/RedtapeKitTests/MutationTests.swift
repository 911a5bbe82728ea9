import Foundation
import Testing
@testable import RedtapeKit

/// Thousands of random byte edits of every shipped ruleset: the front end must never crash or
/// hang, every diagnostic must point inside the file, broken syntax must always be reported,
/// and whatever it accepts must format into text it accepts again.
@Suite("Front end under random edits")
struct MutationTests {
    static let editsPerFile = 2_000

    @Test("random edits of every shipped ruleset", arguments: FormatterTests.shipped)
    func mutate(_ path: String) throws {
        let original = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        var random = SeededRandom(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        var rejected = 0
        for _ in 0..<Self.editsPerFile {
            let mutated = Self.edit(original, &random)
            let file = SourceFile(path: path, bytes: mutated)
            let (tree, syntax) = Parser.parse(file)
            let reader = MemoryReader(files: [path: mutated], fallback: FileSystemReader())
            let workspace = Workspace.load([path], reader: reader)
            for diagnostic in syntax + workspace.diagnostics where diagnostic.location.file == path {
                #expect(diagnostic.location.range.start >= 0 && diagnostic.location.range.end <= mutated.count)
            }
            if Self.containsMissing(tree) {
                #expect(syntax.hasErrors, "an unreadable expression went unreported")
            }
            if syntax.hasErrors {
                rejected += 1
                continue
            }
            let formatted = Formatter().format(tree)
            let (again, againDiagnostics) = Parser.parse(SourceFile(path: path, text: formatted))
            #expect(!againDiagnostics.hasErrors, "fmt produced text that does not parse")
            #expect(Formatter().format(again) == formatted, "fmt is not idempotent on an edited file")
        }
        #expect(rejected > 0, "no edit broke the syntax: the edits are too gentle to test anything")
    }

    /// One random edit: a deletion, an insertion, a duplication or a truncation.
    static func edit(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var result = bytes
        let position = random.next(below: bytes.count + 1)
        switch random.next(below: 4) {
        case 0:
            let length = min(1 + random.next(below: 20), bytes.count - position)
            result.removeSubrange(position..<(position + length))
        case 1:
            let pieces: [[UInt8]] = [
                Array("{".utf8), Array("}".utf8), Array("\"".utf8), Array("\n".utf8), Array("..".utf8),
                Array("(".utf8), Array(")".utf8), Array("1".utf8), Array("_".utf8), Array("#".utf8), Array("%".utf8),
                Array("ệ".utf8), [0xFF], [0x00], Array(" VND".utf8), Array("h".utf8), Array(",".utf8), Array("=".utf8),
                Array("\\".utf8), Array("\r".utf8), Array("after".utf8), Array("-".utf8), Array("*".utf8),
                // Words a Vietnamese drafter writes, which the lexer reads whole, and an accent on its own.
                Array(" đồng".utf8), Array("–".utf8), Array("₫".utf8), Array(" ngày làm việc".utf8), Array("\u{0301}".utf8),
                Array("applies online, ".utf8),
            ]
            result.insert(contentsOf: pieces[random.next(below: pieces.count)], at: position)
        case 2:
            let length = min(1 + random.next(below: 40), bytes.count - position)
            result.insert(contentsOf: bytes[position..<(position + length)], at: position)
        default:
            result.removeSubrange(position...)
        }
        return result
    }

    static func containsMissing(_ tree: SyntaxTree) -> Bool {
        func entry(_ e: Entry) -> Bool {
            e.arguments.contains(where: expression) || e.value.map(expression) == true
                || e.block?.entries.contains(where: entry) == true
        }
        func expression(_ e: ExpressionSyntax) -> Bool {
            func operand(_ position: Int) -> Bool { expression(tree.operand(position)) }
            switch e.kind {
            case .missing: return true
            case .member(let base, _): return operand(base)
            case .range(let low, let likely, let high): return operand(low) || likely.map(operand) == true || operand(high)
            case .unary(_, let inner), .parenthesized(let inner): return operand(inner)
            case .binary(_, let left, let right): return operand(left) || operand(right)
            case .list(let items): return items.contains(where: operand)
            default: return false
            }
        }
        return tree.entries.contains(where: entry)
    }
}
