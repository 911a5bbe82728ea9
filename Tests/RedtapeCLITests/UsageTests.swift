import Foundation
import Testing

@Suite("redtape help and usage")
struct UsageTests {
    @Test("--help, help <command> and <command> --help print the same help")
    func help() throws {
        let a = try Redtape.run(["help", "check"])
        let b = try Redtape.run(["check", "--help"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.hasPrefix("OVERVIEW: Check rulesets"))
        for heading in ["USAGE: redtape check", "ARGUMENTS:", "OPTIONS:", "--strict", "-h, --help"] {
            #expect(a.stdout.contains(heading))
        }
        let root = try Redtape.run(["--help"])
        #expect(root.stdout.contains("SUBCOMMANDS:\n  check"))
        #expect(root.stdout.contains("  fmt "))
    }

    @Test("--version prints the version")
    func version() throws {
        let outcome = try Redtape.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: ".").count == 3)
    }

    @Test("an unknown option is a usage error with a suggestion, exit 2")
    func unknownOption() throws {
        let outcome = try Redtape.run(["check", "--strikt", "Examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == """
            Error: Unknown option '--strikt'. Did you mean '--strict'?
            Usage: redtape check [--format <format>] [--strict] [--brief] <paths> ...
              See 'redtape check --help' for more information.

            """)
    }

    @Test("a target that is no percentage, or one past 100%, is a usage error that says which, exit 2")
    func target() throws {
        let drafts = ["Rulesets/vn/birth-registration/before.ruleset", "Rulesets/vn/birth-registration/after.ruleset"]
        let word = try Redtape.run(["diff", "--target", "abc"] + drafts)
        #expect(word.status == 2 && word.stderr.contains("write a percentage such as 20%"))
        let over = try Redtape.run(["diff", "--target", "120%"] + drafts)
        #expect(over.status == 2 && over.stderr.contains("the share of the burden to cut, from 0% to 100%"))
        #expect(try Redtape.run(["diff", "--target", "20%"] + drafts).status == 0)
    }

    @Test("an unknown subcommand is a usage error with a suggestion, exit 2")
    func unknownCommand() throws {
        let outcome = try Redtape.run(["chek", "Examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("Error: Unknown subcommand 'chek'. Did you mean 'check'?\n"))
    }

    @Test("a command without paths is a usage error")
    func missingPaths() throws {
        let outcome = try Redtape.run(["check"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("Error: Missing expected argument '<paths> ...'.\n"))
    }
}

@Suite("redtape lsp")
struct LSPCommandTests {
    @Test("speaks LSP on stdio: initialize, shutdown, exit with status 0")
    func stdio() throws {
        func frame(_ json: String) -> Data { Data("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Redtape.binary)
        process.arguments = ["lsp"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
        input.fileHandleForWriting.write(Data("Content-Length: x\r\n\r\n".utf8))
        input.fileHandleForWriting.write(frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#))
        input.fileHandleForWriting.write(frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains(#""documentFormattingProvider":true"#))
        #expect(text.contains(#""code":-32700"#))
        #expect(text.contains(#""id":2,"result":null"#))
    }
}
