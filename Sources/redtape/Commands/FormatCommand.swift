import Foundation
import RedtapeKit

/// `redtape fmt`: print, check or rewrite rulesets in the canonical layout.
enum FormatCommand: Command {
    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Format rulesets in the one canonical layout.",
        discussion: "Without a flag, prints the formatted file to standard output and changes nothing.\n"
            + "A file with syntax errors is never formatted.",
        arguments: [.paths],
        options: [
            .init(name: "check", value: nil, help: "Change nothing; exit with status 1 if a file is not formatted."),
            .init(name: "write", value: nil, help: "Rewrite the files that are not formatted, in place."),
        ])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        let check = arguments.flag("check")
        let write = arguments.flag("write")
        if check && write { throw UsageError("Use '--check' or '--write', not both.", spec: spec) }
        guard !arguments.positional.isEmpty else { throw UsageError("Missing expected argument '<paths> ...'.", spec: spec) }
        let reader = FileSystemReader()
        var paths: [String] = []
        var problems: [Diagnostic] = []
        for argument in arguments.positional {
            if reader.isDirectory(argument) {
                let found = reader.rulesetFiles(in: argument)
                if found.isEmpty {
                    problems.append(Diagnostic(.error, .unreadableFile, "no .\(rulesetExtension) files in this folder",
                                               at: SourceLocation(file: argument, range: .at(0))))
                }
                paths += found
            } else {
                paths.append(argument)
            }
        }
        if !check && !write && paths.count > 1 {
            throw UsageError("Printing formats one file; name one, or use '--check' or '--write'.", spec: spec)
        }

        var files: [SourceFile] = []
        var unformatted: [String] = []
        for path in paths {
            let bytes: [UInt8]
            switch reader.read(path) {
            case .success(let read): bytes = read
            case .failure(let failure):
                problems.append(Diagnostic(.error, .unreadableFile, "cannot read '\(path)': \(failure.reason)",
                                           at: SourceLocation(file: path, range: .at(0))))
                continue
            }
            let file = SourceFile(path: path, bytes: bytes)
            files.append(file)
            let (tree, diagnostics) = Parser.parse(file)
            if diagnostics.hasErrors {
                problems += diagnostics.filter { $0.severity == .error }
                continue
            }
            let formatted = Formatter().format(tree)
            let changed = Array(formatted.utf8) != bytes
            if !check && !write {
                Terminal.write(formatted)
            } else if changed {
                unformatted.append(path)
                if write, let failure = writeAtomically(path, formatted) {
                    problems.append(Diagnostic(.error, .unreadableFile, "cannot write '\(path)': \(failure)",
                                               at: SourceLocation(file: path, range: .at(0))))
                }
            }
        }
        reportDiagnostics(problems, files: files)
        if check {
            for path in unformatted { Terminal.writeError("\(path): not formatted\n") }
            if !unformatted.isEmpty {
                Terminal.writeError("\(unformatted.count) of \(paths.count) file\(paths.count == 1 ? "" : "s") "
                                    + "would be reformatted; run 'redtape fmt --write' to fix\n")
            }
        }
        if write {
            for path in unformatted { Terminal.writeError("formatted \(path)\n") }
        }
        if problems.hasErrors { return .failure }
        return check && !unformatted.isEmpty ? .findings : .success
    }
}
