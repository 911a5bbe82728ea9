import Foundation
@testable import RedtapeKit

/// Checks a ruleset held in memory and assesses its procedures; fails loudly on any error.
enum Assess {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func catalog(_ text: String, path: String = "/memory/test.ruleset") throws -> (CatalogAssessment, Workspace) {
        try catalog(files: [path: text])
    }

    /// A draft of several files held in memory, by path, read in the order of their paths.
    static func catalog(files: [String: String]) throws -> (CatalogAssessment, Workspace) {
        let reader = MemoryReader(files: files.mapValues { Array($0.utf8) }, fallback: FileSystemReader())
        let workspace = Workspace.load(files.keys.sorted(), reader: reader)
        if workspace.diagnostics.hasErrors {
            throw Failed(description: DiagnosticRenderer(files: workspace.files).render(workspace.diagnostics))
        }
        switch CatalogAssessment.assess(workspace) {
        case .success(let catalog): return (catalog, workspace)
        case .failure(let failure): throw Failed(description: "\(failure)")
        }
    }

    /// A procedure body in a ruleset beside `assumptions`, assessed, with the workspace it was read in.
    static func procedure(body: String, beside assumptions: String = "") throws -> (ProcedureAssessment, Workspace) {
        let (catalog, workspace) = try catalog(ruleset(assumptions: assumptions, procedure: body))
        guard let first = catalog.procedures.first else { throw Failed(description: "no procedure") }
        return (first, workspace)
    }

    static func procedure(_ text: String) throws -> ProcedureAssessment {
        guard let first = try catalog(text).0.procedures.first else { throw Failed(description: "no procedure") }
        return first
    }

    /// A bundled pair of drafts, `Rulesets/vn/<folder>/before.ruleset` and `after.ruleset`, compared.
    static func bundledDrafts(_ folder: String) throws -> DraftComparison {
        func assessed(_ side: String) throws -> CatalogAssessment {
            try CatalogAssessment.assess(Workspace.load([Paths.repository + "/Rulesets/vn/\(folder)/\(side).ruleset"])).get()
        }
        return DraftComparison.compare(before: try assessed("before"), after: try assessed("after"))
    }

    /// The editor's hover, as the JSON it answers with, at a character of the first line of a ruleset
    /// held in memory that starts with `prefix`.
    static func hover(_ text: String, onLineStartingWith prefix: String, at character: Int) throws -> String {
        let path = "/memory/test.ruleset"
        guard let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.hasPrefix(prefix) }) else {
            throw Failed(description: "no line starts with \(prefix)")
        }
        return JSONWriter().write(EditorSession(path: path, documents: [path: text]).hover(line: line, character: character))
    }

    /// A ruleset with a header in `currency`, an assumption block and one procedure body.
    static func ruleset(currency: String = "VND", header: String = "", assumptions: String = "", procedure: String) -> String {
        """
        ruleset "Test" {
          currency \(currency)
        \(header)
        }

        \(assumptions)

        procedure p "P" {
          basis "Test"
        \(procedure)
        }
        """
    }
}

extension Exact {
    /// Rounded to the unit, for comparing figures that pass through a division by 60.
    var whole: Exact { rounded(scale: 0) }
    func places(_ scale: Int) -> Exact { rounded(scale: scale) }
}
