import Foundation

/// A Language Server Protocol server for rulesets: diagnostics as the author types, with their fixes
/// as quick fixes, completion of keywords and names, the cost of a procedure on hover, go to
/// definition, document symbols and formatting. Transport-free: it takes one message and returns the messages to send, so it can be
/// driven by stdio or by a test.
public struct LanguageServer: Sendable {
    /// Open documents by path, as the editor holds them (perhaps unsaved).
    private var documents: [String: String] = [:]
    private var shutdownRequested = false
    public private(set) var exitCode: Int32?
    public let version: String
    /// The language of hovers; diagnostics are written as `check` writes them.
    public let language: Language

    public init(version: String, language: Language = .en) {
        self.version = version
        self.language = language
    }

    // MARK: - Dispatch

    /// Handles one framed message body; returns the framed messages to send back.
    public mutating func handle(_ body: Data) -> [Data] {
        guard let object = try? JSONSerialization.jsonObject(with: body), let message = object as? [String: Any] else {
            return [error(id: .null, code: -32700, "parse error: the message is not a JSON object")]
        }
        let id = message["id"].map(Self.jsonID)
        guard let method = message["method"] as? String else {
            return id.map { [error(id: $0, code: -32600, "invalid request: no method")] } ?? []
        }
        let params = message["params"] as? [String: Any] ?? [:]
        if shutdownRequested, method != "exit" {
            return id.map { [error(id: $0, code: -32600, "invalid request: the server is shutting down")] } ?? []
        }
        switch method {
        case "initialize": return respond(id, initializeResult())
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": return []
        case "shutdown":
            shutdownRequested = true
            return respond(id, .null)
        case "exit":
            exitCode = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
                  let text = document["text"] as? String else { return invalidParams(id) }
            documents[Self.path(uri)] = text
            return [publishDiagnostics(uri)]
        case "textDocument/didChange":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
                  let text = (params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String else { return invalidParams(id) }
            documents[Self.path(uri)] = text
            return [publishDiagnostics(uri)]
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return invalidParams(id) }
            documents[Self.path(uri)] = nil
            return [notification("textDocument/publishDiagnostics", .object([("uri", .string(uri)), ("diagnostics", .array([]))]))]
        case "textDocument/didSave": return []
        case "textDocument/hover", "textDocument/definition", "textDocument/documentSymbol", "textDocument/formatting",
             "textDocument/codeAction", "textDocument/completion":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String, documents[Self.path(uri)] != nil else {
                return id.map { [error(id: $0, code: -32602, "invalid params: the document is not open")] } ?? []
            }
            let position = params["position"] as? [String: Any]
            let line = (position?["line"] as? Int) ?? 0
            let character = (position?["character"] as? Int) ?? 0
            let session = EditorSession(path: Self.path(uri), documents: documents, language: language)
            switch method {
            case "textDocument/hover": return respond(id, session.hover(line: line, character: character))
            case "textDocument/definition": return respond(id, session.definition(line: line, character: character))
            case "textDocument/documentSymbol": return respond(id, session.symbols())
            case "textDocument/completion": return respond(id, session.completion(line: line, character: character))
            case "textDocument/codeAction":
                let range = params["range"] as? [String: Any]
                let first = ((range?["start"] as? [String: Any])?["line"] as? Int) ?? 0
                let last = ((range?["end"] as? [String: Any])?["line"] as? Int) ?? first
                return respond(id, session.codeActions(uri: uri, first: first, last: last))
            default: return respond(id, session.formatting())
            }
        default:
            return id.map { [error(id: $0, code: -32601, "method not found: \(method)")] } ?? []
        }
    }

    private func initializeResult() -> JSONWriter.Value {
        .object([
            ("capabilities", .object([
                ("textDocumentSync", .number("1")), ("hoverProvider", .bool(true)), ("definitionProvider", .bool(true)),
                ("documentSymbolProvider", .bool(true)), ("documentFormattingProvider", .bool(true)),
                ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
                ("completionProvider", .object([])),
            ])),
            ("serverInfo", .object([("name", .string("redtape")), ("version", .string(version))])),
        ])
    }

    private mutating func publishDiagnostics(_ uri: String) -> Data {
        let session = EditorSession(path: Self.path(uri), documents: documents, language: language)
        return notification("textDocument/publishDiagnostics", .object([("uri", .string(uri)), ("diagnostics", session.diagnostics())]))
    }

    // MARK: - Messages

    private func respond(_ id: JSONWriter.Value?, _ result: JSONWriter.Value) -> [Data] {
        guard let id else { return [] }
        return [MessageFraming.frame(compact(.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])))]
    }

    private func invalidParams(_ id: JSONWriter.Value?) -> [Data] {
        id.map { [error(id: $0, code: -32602, "invalid params")] } ?? []
    }

    /// A JSON-RPC error response.
    public func error(id: JSONWriter.Value, code: Int, _ message: String) -> Data {
        MessageFraming.frame(compact(.object([
            ("jsonrpc", .string("2.0")), ("id", id),
            ("error", .object([("code", .number(String(code))), ("message", .string(message))])),
        ])))
    }

    private func notification(_ method: String, _ params: JSONWriter.Value) -> Data {
        MessageFraming.frame(compact(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])))
    }

    private func compact(_ value: JSONWriter.Value) -> String {
        JSONWriter(compact: true).write(value)
    }

    static func jsonID(_ value: Any) -> JSONWriter.Value {
        if let number = value as? NSNumber { return .number(number.stringValue) }
        if let text = value as? String { return .string(text) }
        return .null
    }

    /// `file:///a/b%20c.ruleset` → `/a/b c.ruleset`.
    static func path(_ uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        let rest = String(uri.dropFirst("file://".count))
        return rest.removingPercentEncoding ?? rest
    }

    static func uri(_ path: String) -> String {
        "file://" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }
}
