/// The standard barrier catalogue, a ruleset compiled into the engine from Catalogue/barriers.ruleset
/// (its text is `source`), read and checked like any other so that it stays readable, citable and overridable.
public enum StandardCatalogue {
    /// The path under which the catalogue is shown in messages and reports.
    public static let displayPath = "<standard>/barriers.ruleset"

    /// The catalogue's text.
    public static var text: String { source }

    /// The checked catalogue; `nil` if it does not check (a fault of the build).
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
    private static let checked = check(source)

    /// The catalogue read from `text`, or why it cannot be used.
    static func check(_ text: String) -> Result<(ruleset: Ruleset, file: SourceFile), Failure> {
        let file = SourceFile(path: displayPath, text: text)
        let (tree, syntax) = Parser.parse(file)
        let (ruleset, diagnostics) = Checker.check(tree, imports: [], importedRulesets: [])
        if let error = (syntax + diagnostics).first(where: { $0.severity == .error }) {
            let position = file.position(of: error.location.range.start)
            return .failure(Failure(description: "it does not check (line \(position.line): \(error.message))"))
        }
        return .success((ruleset, file))
    }
}
