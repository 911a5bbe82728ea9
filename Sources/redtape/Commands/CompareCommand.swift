import Foundation
import RedtapeKit

/// `redtape compare`: variants of one procedure (as several localities publish it), ranked.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Rank variants of the same procedure (one per locality) and name the lightest practice.",
        discussion: "Each variant is a ruleset file or folder. Procedures are matched by their code, else by id.",
        arguments: [.init(name: "variants", help: "Two or more ruleset files or folders, one per locality.", repeating: true)],
        options: [.format(["text", "markdown", "json"]), .language])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        guard arguments.positional.count >= 2 else {
            // One folder of localities is the most common slip: its files are the variants.
            var isFolder: ObjCBool = false
            if let path = arguments.positional.first, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                throw UsageError("Name at least two variants to compare, a file or folder for each locality; for each file "
                                 + "of '\(folder)' a variant: redtape compare \(folder)/*.\(rulesetExtension)", spec: spec)
            }
            throw UsageError("Name at least two variants to compare, a file or folder for each locality.", spec: spec)
        }
        var variants: [(label: String, procedures: [ProcedureAssessment])] = []
        for path in arguments.positional {
            let workspace = Workspace.load([path])
            reportDiagnostics(workspace.diagnostics, files: workspace.files)
            guard !workspace.diagnostics.hasErrors, let catalog = assessOrReport(workspace) else {
                Terminal.writeError("\(path) has errors; run 'redtape check \(path)', fix them and try again\n")
                return .failure
            }
            variants.append((path, catalog.procedures))
        }
        // Name each variant by its file or folder name (`da-nang`), unless two would share a name.
        let short = variants.map { variant in
            (variant.label as NSString).lastPathComponent.replacingOccurrences(of: "." + rulesetExtension, with: "")
        }
        if Set(short).count == short.count {
            variants = zip(short, variants).map { ($0, $1.procedures) }
        }
        let report = CompareReport(LocalityComparison.compare(variants), language: language(arguments))
        switch arguments.value("format") ?? "text" {
        case "markdown": Terminal.write(report.markdown())
        case "json": Terminal.write(report.json())
        default: Terminal.write(report.text())
        }
        return .success
    }
}
