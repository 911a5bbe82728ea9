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
        guard let text else { return nil }
        let file = SourceFile(path: displayPath, text: text)
        let (tree, syntax) = Parser.parse(file)
        let (ruleset, diagnostics) = Checker.check(tree, imports: [], importedRulesets: [])
        guard !(syntax + diagnostics).hasErrors else { return nil }
        return (ruleset, file)
    }
}
