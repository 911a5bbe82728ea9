import Foundation
import RedtapeKit

/// `redtape fmt`: print, check or rewrite rulesets in the canonical layout, with `--fix` mending
/// first what `redtape check` offers a fix for.
enum FormatCommand: Command {
    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Format rulesets in the one canonical layout.",
        discussion: "Without a flag, prints the formatted file to standard output and changes nothing.\n"
            + "A file with syntax errors is never formatted. With --fix, each problem 'redtape check' offers\n"
            + "one fix for is mended first (a problem offered several is left for you to choose).",
        arguments: [.paths],
        options: [
            .init(name: "check", value: nil, help: "Change nothing; exit with status 1 if a file is not formatted."),
            .init(name: "write", value: nil, help: "Rewrite the files that are not formatted, in place."),
            .init(name: "fix", value: nil, help: "Apply the fixes 'redtape check' offers, then format."),
        ])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        let check = arguments.flag("check")
        let write = arguments.flag("write")
        let fix = arguments.flag("fix")
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
        var fixed: [(Diagnostic, SourceFile)] = []
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
            var source = file
            if fix, let mended = mend(file) {
                source = SourceFile(path: path, bytes: mended.bytes)
                fixed += mended.applied
            }
            let (tree, diagnostics) = Parser.parse(source)
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
        for (diagnostic, file) in fixed {
            let position = file.position(of: diagnostic.location.range.start)
            let verb = check ? "would fix" : "fixed"
            Terminal.writeError("\(file.path):\(position.line):\(position.column): \(verb): \(diagnostic.message) "
                                + "[\(diagnostic.code.rawValue)]: \(diagnostic.fixIts[0].message)\n")
        }
        if check {
            for path in unformatted { Terminal.writeError("\(path): \(fix ? "would change" : "not formatted")\n") }
            if !unformatted.isEmpty {
                Terminal.writeError("\(unformatted.count) of \(paths.count) file\(paths.count == 1 ? "" : "s") "
                                    + (fix ? "would be fixed or reformatted; run 'redtape fmt --fix --write' to do it\n"
                                       : "would be reformatted; run 'redtape fmt --write' to fix\n"))
            }
        }
        if write {
            for path in unformatted { Terminal.writeError("formatted \(path)\n") }
        }
        if fix, !check {
            let count = "\(fixed.count) problem\(fixed.count == 1 ? "" : "s") fixed"
            Terminal.writeError(write ? "\(count); run 'redtape check' for any left\n"
                                : "\(count) in the text printed; 'redtape fmt --fix --write' writes it\n")
        }
        if problems.hasErrors { return .failure }
        return check && !unformatted.isEmpty ? .findings : .success
    }

    /// The file with the fixes its check offers applied, pass after pass: mending an error can let the
    /// file be assessed, and what is found then (a rule's name misspelt) be offered its own fix. Each
    /// fix comes with the text it was offered in. Nil when none applies, or a mended text would not parse.
    private static func mend(_ file: SourceFile) -> (bytes: [UInt8], applied: [(Diagnostic, SourceFile)])? {
        var current = file
        var applied: [(Diagnostic, SourceFile)] = []
        for _ in 0..<4 {
            let reader = OverlayReader(files: [file.path: current.bytes], base: FileSystemReader())
            let fixes = Fixes(CatalogScan.run([file.path], keeping: .nothing, reader: reader).diagnostics,
                              to: current.bytes, path: file.path)
            guard !fixes.applied.isEmpty,
                  !Parser.parse(SourceFile(path: file.path, bytes: fixes.bytes)).diagnostics.hasErrors else { break }
            applied += fixes.applied.map { ($0, current) }
            current = SourceFile(path: file.path, bytes: fixes.bytes)
        }
        return applied.isEmpty ? nil : (current.bytes, applied)
    }
}
