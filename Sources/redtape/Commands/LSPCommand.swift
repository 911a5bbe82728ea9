import Foundation
import RedtapeKit

/// `redtape lsp`: a Language Server Protocol server on standard input and output.
enum LSPCommand: Command {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run a language server for editors (diagnostics, hover, definition, symbols, formatting) on stdio.",
        discussion: "Speaks the Language Server Protocol over standard input and output. See editors/README.md.",
        options: [.language])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        var server = LanguageServer(version: version, language: language(arguments))
        var framing = MessageFraming()
        let input = FileHandle.standardInput
        while server.exitCode == nil {
            let chunk = input.availableData
            if chunk.isEmpty { break }
            framing.append(chunk)
            while let frame = framing.next() {
                let replies: [Data]
                switch frame {
                case .message(let body): replies = server.handle(body)
                case .malformedHeader: replies = [server.error(id: .null, code: -32700, "parse error: a header without a valid Content-Length")]
                }
                for reply in replies { FileHandle.standardOutput.write(reply) }
                if server.exitCode != nil { break }
            }
        }
        return server.exitCode == 0 ? .success : .findings
    }
}
