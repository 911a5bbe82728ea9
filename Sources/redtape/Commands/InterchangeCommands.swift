import Foundation
import RedtapeKit

/// `redtape import`: a ruleset skeleton from procedure records in the national portal's JSON shape.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Write a ruleset skeleton from procedure records in the National Public Service Portal's JSON shape.",
        discussion: "What the portal does not publish (cases a year, preparation times, the value of an hour) is\n"
            + "written as assumptions marked 'estimate', to fill in. The accepted shape is in docs/IMPORT.md.",
        arguments: [.init(name: "file", help: "A JSON file with one procedure record or an array of them.", repeating: false)],
        options: [.init(name: "output", value: "file", help: "Write the ruleset here instead of to standard output.", short: "o")])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        guard arguments.positional.count == 1 else { throw UsageError("Name one JSON file to import.", spec: spec) }
        let path = arguments.positional[0]
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.writeError("\(path): error: cannot read the file\n")
            return .failure
        }
        switch PortalImport.ruleset(fromJSON: data, source: (path as NSString).lastPathComponent) {
        case .failure(let failure):
            Terminal.writeError("\(path): error: \(failure.message)\n  = help: \(failure.help)\n")
            return .failure
        case .success(let text):
            guard let output = arguments.value("output") else {
                Terminal.write(text)
                return .success
            }
            if FileManager.default.fileExists(atPath: output) {
                Terminal.writeError("error: '\(output)' exists; redtape does not overwrite a ruleset — choose another name\n")
                return .failure
            }
            if let failure = writeAtomically(output, text) {
                Terminal.writeError("error: cannot write '\(output)': \(failure)\n")
                return .failure
            }
            Terminal.writeError("wrote \(output); run 'redtape check \(output)' and fill in the estimates\n")
            return .success
        }
    }
}

/// `redtape export`: the checked model as JSON.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Write the checked model of rulesets as JSON.",
        arguments: [.paths],
        options: [.format(["json"]),
                  .init(name: "output", value: "file", help: "Write the JSON here instead of to standard output.", short: "o")])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        let output = arguments.value("output")
        if let output, !output.hasSuffix(".json") {
            throw UsageError("The export is JSON: name the output file '….json'.", spec: spec)
        }
        guard let workspace = try loadChecked(arguments, spec: spec) else { return .failure }
        let json = ModelExport(workspace).json()
        guard let output else {
            Terminal.write(json)
            return .success
        }
        if let failure = writeAtomically(output, json) {
            Terminal.writeError("error: cannot write '\(output)': \(failure)\n")
            return .failure
        }
        Terminal.writeError("wrote \(output)\n")
        return .success
    }
}
