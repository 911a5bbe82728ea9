import Foundation

/// The standard barrier catalogue, a ruleset bundled with the engine (Catalogue/barriers.ruleset),
/// read and checked like any other so that it stays readable, citable and overridable.
public enum StandardCatalogue {
    /// The path under which the catalogue is shown in messages and reports.
    public static let displayPath = "<standard>/barriers.ruleset"

    /// The catalogue's text, from the engine's resources.
    public static var text: String? {
        guard let url = Bundle.module.url(forResource: "barriers", withExtension: "ruleset") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The checked catalogue; `nil` if the resource is missing or does not check (a packaging fault).
    public static func load() -> (ruleset: Ruleset, file: SourceFile)? {
        try? checked.get()
    }

    /// Why the catalogue cannot be used, or nil when it can: an analysis without it would find no
    /// standard barrier at all, and say nothing, so the commands that analyse refuse to run instead.
    public static var problem: String? {
        if case .failure(let failure) = checked { return failure.description }
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Read and checked once a process: every command that analyses barriers asks for it several times.
    private static let checked = check()

    private static func check() -> Result<(ruleset: Ruleset, file: SourceFile), Failure> {
        guard let text else { return .failure(Failure(description: "its file is missing from redtape's resources")) }
        let file = SourceFile(path: displayPath, text: text)
        let (tree, syntax) = Parser.parse(file)
        let (ruleset, diagnostics) = Checker.check(tree, imports: [], importedRulesets: [])
        if let error = (syntax + diagnostics).first(where: { $0.severity == .error }) {
            return .failure(Failure(description: "it does not check (\(error.message))"))
        }
        return .success((ruleset, file))
    }
}
