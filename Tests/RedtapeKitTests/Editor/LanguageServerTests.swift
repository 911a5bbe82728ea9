import Foundation
import Testing
@testable import RedtapeKit

/// A scripted client drives the server through a session, as an editor would.
@Suite("language server")
struct LanguageServerTests {
    struct Client {
        var server = LanguageServer(version: "test")
        var framing = MessageFraming()
        var nextID = 1

        /// Sends raw bytes; returns every message the server sent back, decoded.
        mutating func sendRaw(_ bytes: Data) -> [[String: Any]] {
            framing.append(bytes)
            var out: [[String: Any]] = []
            while let frame = framing.next() {
                let replies: [Data]
                switch frame {
                case .message(let body): replies = server.handle(body)
                case .malformedHeader: replies = [server.error(id: .null, code: -32700, "parse error")]
                }
                for reply in replies {
                    var reader = MessageFraming()
                    reader.append(reply)
                    if case .message(let body)? = reader.next(),
                       let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] { out.append(object) }
                }
            }
            return out
        }

        mutating func request(_ method: String, _ params: [String: Any]) -> [[String: Any]] {
            defer { nextID += 1 }
            return send(["jsonrpc": "2.0", "id": nextID, "method": method, "params": params])
        }

        mutating func notify(_ method: String, _ params: [String: Any]) -> [[String: Any]] {
            send(["jsonrpc": "2.0", "method": method, "params": params])
        }

        mutating func send(_ message: [String: Any]) -> [[String: Any]] {
            let body = try! JSONSerialization.data(withJSONObject: message)
            return sendRaw(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }
    }

    static let folder = Paths.fixtures + "/score"
    static let uri = "file://" + folder + "/residence.ruleset"

    static func text() throws -> String {
        try String(contentsOfFile: folder + "/residence.ruleset", encoding: .utf8)
    }

    static func position(of needle: String, in text: String, after: String? = nil) -> [String: Int] {
        let start = after.flatMap { text.range(of: $0)?.upperBound } ?? text.startIndex
        let range = text.range(of: needle, range: start..<text.endIndex)!
        let before = text[..<range.lowerBound]
        let line = before.count(where: { $0 == "\n" })
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.utf16.count
        return ["line": line, "character": column + 1]
    }

    /// Fixtures/score/residence.ruleset with a line being typed: the labels offered at the cursor.
    static func completions(_ typed: String, after anchor: String) throws -> [String: String] {
        var client = Client()
        _ = client.request("initialize", ["processId": NSNull(), "capabilities": [:] as [String: Any]])
        let text = try Self.text().replacingOccurrences(of: anchor, with: anchor + "\n" + typed)
        _ = client.notify("textDocument/didOpen", ["textDocument": ["uri": Self.uri, "languageId": "redtape", "version": 1, "text": text]])
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: typed))
        let reply = client.request("textDocument/completion", ["textDocument": ["uri": Self.uri],
                                                               "position": ["line": line, "character": typed.utf16.count]])
        let items = try #require(reply.first?["result"] as? [[String: Any]])
        return Dictionary(items.map { ($0["label"] as! String, ($0["detail"] as? String) ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    @Test("completion offers the keywords of the block at the cursor, and after a keyword the names it takes")
    func completion() throws {
        let inStep = try Self.completions("    su", after: "    wait 30min")
        #expect(inStep["submits"] == "submits <document>, <document>")
        #expect(inStep["within"] != nil && inStep["cases"] == nil, "a step's keywords, not a procedure's")
        let documents = try Self.completions("    submits ", after: "    wait 30min")
        #expect(documents == ["declaration": "Change of residence declaration (CT01)", "proof": "Proof of lawful residence"])
        let steps = try Self.completions("    after ", after: "    staff 30min")
        #expect(Set(steps.keys) == ["file", "verify"])
        let tariffs = try Self.completions("  staff_tariff ", after: "  tariff citizen_hour")
        #expect(tariffs["citizen_hour"] == "Value of a citizen's hour: 18,600–43,750 VND/h")
        #expect(tariffs["staff_hour"] == "Value of an official's hour: 43,750 VND/h")
        let limit = try Self.completions("  limit 5 workdays ", after: "  tariff citizen_hour")
        #expect(limit["online"] != nil && limit["post"] != nil, "a limit of its own for a channel")
        let agencies = try Self.completions("    by ", after: "    staff 30min")
        #expect(Set(agencies.keys) == ["applicant", "commune", "police"])
        let topLevel = try Self.completions("", after: "import \"shared.ruleset\"")
        #expect(topLevel["procedure"] != nil && topLevel["submits"] == nil)
        #expect(try Self.completions("    # su", after: "    wait 30min").isEmpty, "nothing in a comment")
    }

    @Test("a whole session: initialize, open, an error while typing, hover, definition, symbols, formatting, shutdown, exit")
    func session() throws {
        var client = Client()
        let initialize = client.request("initialize", ["processId": NSNull(), "capabilities": [:] as [String: Any]])
        let capabilities = try #require((initialize.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect(client.notify("initialized", [:]).isEmpty)

        let text = try Self.text()
        let opened = client.notify("textDocument/didOpen", ["textDocument": ["uri": Self.uri, "languageId": "redtape", "version": 1, "text": text]])
        #expect(opened.first?["method"] as? String == "textDocument/publishDiagnostics")
        #expect(((opened.first?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)

        // The author misspells a tariff: one error, at the right place.
        let broken = text.replacingOccurrences(of: "tariff citizen_hour", with: "tariff citizen_hours")
        let changed = client.notify("textDocument/didChange", ["textDocument": ["uri": Self.uri, "version": 2],
                                                               "contentChanges": [["text": broken]]])
        let diagnostics = try #require((changed.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect((diagnostics.first?["message"] as? String)?.contains("unknown assumption 'citizen_hours'") == true)
        let start = try #require((diagnostics.first?["range"] as? [String: Any])?["start"] as? [String: Any])
        #expect(start["line"] as? Int == 15 && start["character"] as? Int == 9)

        // A rule's name misspelt where it is switched off: found once the document is assessed, as
        // `check` finds it, and shown as it is typed.
        let misspelt = client.notify("textDocument/didChange", ["textDocument": ["uri": Self.uri, "version": 3],
                                                                "contentChanges": [["text": text + "\ndisable certifid_copy\n"]]])
        let warnings = try #require((misspelt.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])
        #expect(warnings.map { $0["code"] as? String } == ["W082"])

        _ = client.notify("textDocument/didChange", ["textDocument": ["uri": Self.uri, "version": 3], "contentChanges": [["text": text]]])
        let hover = client.request("textDocument/hover", ["textDocument": ["uri": Self.uri],
                                                          "position": Self.position(of: "permanent_residence", in: text)])
        let hoverText = try #require(((hover.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        #expect(hoverText.contains("cost a case: 122,760 VND"))
        #expect(hoverText.contains("annual burden: 98,208,000,000 VND"))

        let documentHover = client.request("textDocument/hover", ["textDocument": ["uri": Self.uri],
                                                                  "position": Self.position(of: "proof", in: text, after: "submits declaration, ")])
        let share = try #require(((documentHover.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        #expect(share.contains("of the procedure's cost a case"))

        let tariffHover = client.request("textDocument/hover", ["textDocument": ["uri": Self.uri],
                                                                "position": Self.position(of: "citizen_hour", in: text)])
        let tariff = try #require(((tariffHover.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        #expect(tariff.contains("Source: Decree 74/2024/ND-CP"))

        let definition = client.request("textDocument/definition", ["textDocument": ["uri": Self.uri],
                                                                    "position": Self.position(of: "citizen_hour", in: text)])
        let target = try #require(definition.first?["result"] as? [String: Any])
        #expect((target["uri"] as? String)?.hasSuffix("/score/shared.ruleset") == true)
        #expect(((target["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int == 9)

        let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]])
        let list = try #require(symbols.first?["result"] as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["permanent_residence"])
        #expect((list.first?["children"] as? [[String: Any]])?.count == 5)

        _ = client.notify("textDocument/didChange", ["textDocument": ["uri": Self.uri, "version": 4],
                                                     "contentChanges": [["text": text.replacingOccurrences(of: "  level commune", with: "     level   commune")]]])
        let formatting = client.request("textDocument/formatting", ["textDocument": ["uri": Self.uri], "options": ["tabSize": 2]])
        let edits = try #require(formatting.first?["result"] as? [[String: Any]])
        #expect(edits.first?["newText"] as? String == text)

        let shutdown = client.request("shutdown", [:])
        #expect(shutdown.first?["result"] is NSNull)
        #expect(client.notify("exit", [:]).isEmpty)
        #expect(client.server.exitCode == 0)
    }

    /// The misspelled tariff of the session above: its fix offered as a quick fix on its line, and none on
    /// another; applied as the editor would, it gives back the text as it was.
    @Test("a problem's fix is a quick fix that mends the text")
    func quickFix() throws {
        var client = Client()
        let initialize = client.request("initialize", ["processId": NSNull(), "capabilities": [:] as [String: Any]])
        let capabilities = try #require((initialize.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect((capabilities["codeActionProvider"] as? [String: Any])?["codeActionKinds"] as? [String] == ["quickfix"])
        let text = try Self.text()
        let broken = text.replacingOccurrences(of: "tariff citizen_hour", with: "tariff citizen_hours")
        _ = client.notify("textDocument/didOpen", ["textDocument": ["uri": Self.uri, "languageId": "redtape", "version": 1, "text": broken]])
        func actions(line: Int) -> [[String: Any]] {
            let point = ["line": line, "character": 0]
            let reply = client.request("textDocument/codeAction", ["textDocument": ["uri": Self.uri], "range": ["start": point, "end": point],
                                                                   "context": ["diagnostics": [] as [Any]]])
            return reply.first?["result"] as? [[String: Any]] ?? []
        }
        #expect(actions(line: 3).isEmpty)
        let fixes = actions(line: 15)
        #expect(fixes.map { $0["title"] as? String } == ["replace with 'citizen_hour'"])
        #expect(fixes.first?["kind"] as? String == "quickfix" && fixes.first?["isPreferred"] as? Bool == true)
        let changes = try #require((fixes.first?["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        let edit = try #require(changes[Self.uri]?.first)
        let range = try #require(edit["range"] as? [String: [String: Int]])
        #expect(range["start"]?["line"] == 15 && range["start"]?["character"] == 9)
        var lines = broken.components(separatedBy: "\n")
        let line = Array(lines[15].utf16)
        let (start, end) = (range["start"]!["character"]!, range["end"]!["character"]!)
        lines[15] = String(decoding: line[..<start], as: UTF16.self) + (edit["newText"] as? String ?? "")
            + String(decoding: line[end...], as: UTF16.self)
        #expect(lines.joined(separator: "\n") == text)
    }

    /// The hovers of the session above, in Vietnamese: the same figures, written the Vietnamese way.
    @Test("hovers in Vietnamese, for a server started with --lang vi")
    func vietnameseHover() throws {
        var client = Client(server: LanguageServer(version: "test", language: .vi))
        _ = client.request("initialize", ["processId": NSNull(), "capabilities": [:] as [String: Any]])
        let text = try Self.text()
        _ = client.notify("textDocument/didOpen", ["textDocument": ["uri": Self.uri, "languageId": "redtape", "version": 1, "text": text]])
        func hover(_ needle: String, after: String? = nil) throws -> String {
            let reply = client.request("textDocument/hover", ["textDocument": ["uri": Self.uri],
                                                              "position": Self.position(of: needle, in: text, after: after)])
            return try #require(((reply.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        }
        let procedure = try hover("permanent_residence")
        #expect(procedure.contains("- chi phí/hồ sơ: 122.760 ₫"))
        #expect(procedure.contains("- chi phí hằng năm: 98.208.000.000 ₫ cho"))
        #expect(procedure.contains("ngày làm việc"))
        #expect(!procedure.contains("cost a case"))
        #expect(try hover("proof", after: "submits declaration, ").contains("chi phí mỗi hồ sơ của thủ tục"))
        #expect(try hover("citizen_hour").contains("Nguồn: Decree 74/2024/ND-CP"))
    }

    @Test("malformed messages get error responses, never a crash")
    func malformed() throws {
        var client = Client()
        let badHeader = client.sendRaw(Data("Content-Lenght: 12\r\n\r\n".utf8))
        #expect((badHeader.first?["error"] as? [String: Any])?["code"] as? Int == -32700)
        let badJSON = client.sendRaw(Data("Content-Length: 9\r\n\r\n{\"id\": 1,".utf8))
        #expect((badJSON.first?["error"] as? [String: Any])?["code"] as? Int == -32700)
        let unknown = client.request("textDocument/teleport", [:])
        #expect((unknown.first?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(unknown.first?["id"] as? Int == 1)
        let notOpen = client.request("textDocument/hover", ["textDocument": ["uri": "file:///nowhere.ruleset"], "position": ["line": 0, "character": 0]])
        #expect((notOpen.first?["error"] as? [String: Any])?["code"] as? Int == -32602)
        // A half-typed file is checked without a crash and reported.
        let half = client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///tmp/half.ruleset", "languageId": "redtape",
                                                                           "version": 1, "text": "procedure p \"P\" {\n  cases 1"]])
        let diagnostics = (half.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.isEmpty == false)
        // Still answering after all that.
        #expect(client.request("shutdown", [:]).first?["result"] is NSNull)
    }

    @Test("positions count UTF-16 code units, as editors do")
    func positions() {
        let file = SourceFile(path: "t", text: "a \"Đăng ký 𝄞\" b\nc")
        let map = TextPositions(file: file)
        let offset = file.bytes.count - 3
        #expect(map.position(of: offset).character == 15)
        #expect(map.offset(line: 0, character: 15) == offset)
        #expect(map.offset(line: 1, character: 0) == file.bytes.count - 1)
    }
}
