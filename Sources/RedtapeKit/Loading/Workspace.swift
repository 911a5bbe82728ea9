/// The rulesets named on a command line, each with the files it imports, read, parsed and checked.
public struct Workspace: Sendable {
    /// Every file read, in the order first read (roots and imports).
    public let files: [SourceFile]
    /// Checked rulesets by the path they were read under.
    public let rulesets: [String: Ruleset]
    /// The paths named on the command line (folders expanded), in order.
    public let roots: [String]
    public let diagnostics: [Diagnostic]

    /// The rulesets named on the command line, in order.
    public var rootRulesets: [Ruleset] { roots.compactMap { rulesets[$0] } }

    /// How many files are parsed and checked together: enough to keep every core busy, few enough
    /// that their syntax trees stay small in memory.
    public static let batch = 64

    /// Reads, parses and checks the given files and folders.
    public static func load(_ arguments: [String], reader: some SourceReader = FileSystemReader()) -> Workspace {
        read(arguments, reader: reader, batchSize: batch, examine: nil as (@Sendable (Workspace) -> Never)?) { _, _ in }
    }

    /// Reads, parses and checks the given files and folders a batch of files at a time, and lets each
    /// file's ruleset go once it is examined, unless another file imports it: a catalog of any size is
    /// read in the memory of one batch.
    ///
    /// Each file named is handed to `examine` on the core that checked it, as a workspace of its own (the
    /// file as its root, with the files it imports, and the file's diagnostics), so that what examining
    /// builds and lets go is built and let go there. `eachBatch` then gets, in the order named, what
    /// examining gave for each file of the batch that could be read, with the diagnostics the batch
    /// added. The workspace returned has every file read and every diagnostic (a file's messages come
    /// when it is checked, so files imported within a batch may report in another order than with
    /// `load`), but only the rulesets other files import.
    public static func stream<Examined: Sendable>(_ arguments: [String], reader: some SourceReader = FileSystemReader(),
                                                  batchSize: Int = batch,
                                                  examine: @escaping @Sendable (Workspace) -> Examined,
                                                  eachBatch: (_ examined: [Examined], _ diagnostics: [Diagnostic]) -> Void) -> Workspace {
        read(arguments, reader: reader, batchSize: batchSize, examine: examine, eachBatch: eachBatch)
    }

    private static func read<Examined: Sendable>(_ arguments: [String], reader: some SourceReader, batchSize: Int,
                                                 examine: (@Sendable (Workspace) -> Examined)?,
                                                 eachBatch: ([Examined], [Diagnostic]) -> Void) -> Workspace {
        var loader = WorkspaceLoader(reader: reader)
        var roots: [String] = []
        for argument in arguments {
            if reader.isDirectory(argument) {
                let found = reader.rulesetFiles(in: argument)
                if found.isEmpty {
                    loader.diagnostics.append(Diagnostic(
                        .error, .unreadableFile, "no .\(rulesetExtension) files in this folder",
                        at: SourceLocation(file: argument, range: .at(0)),
                        help: "name a folder that holds ruleset files, or the files themselves"))
                }
                roots += found
            } else {
                roots.append(argument)
            }
        }
        // Resolving a path asks the file system about each of its folders: the roots' paths are
        // resolved on all cores, and kept for when their files are loaded.
        let canonicals = Parallel.map(roots, slicesOf: 64) { reader.canonical($0) }
        loader.canonicalByPath = Dictionary(zip(roots, canonicals), uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        roots = zip(roots, canonicals).filter { seen.insert($1).inserted }.map(\.0)
        var loaded: [String] = []
        // Reading and parsing the files named does not depend on anything else: all cores share it.
        // A batch at a time, so that only one batch's syntax trees are held at once.
        let size = max(1, batchSize)
        for start in stride(from: 0, to: roots.count, by: size) {
            let batch = Array(roots[start..<min(start + size, roots.count)])
            loader.parsed = Dictionary(Parallel.map(batch) { path -> (String, Result<ParsedFile, ReadFailure>) in
                (path, reader.read(path).map { ParsedFile(SourceFile(path: path, bytes: $0)) })
            }, uniquingKeysWith: { first, _ in first })
            let diagnosticsBefore = loader.diagnostics.count
            for root in batch {
                loader.load(root, importedBy: [], deferCheck: true)
            }
            if let examine {
                let examined = loader.checkDeferred(examining: batch, examine)
                loaded += zip(batch, examined).compactMap { $1 == nil ? nil : $0 }
                eachBatch(examined.compactMap { $0 }, Array(loader.diagnostics[diagnosticsBefore...]))
            } else {
                loader.checkDeferred()
                loaded += batch.filter { loader.rulesetsByPath[$0] != nil }
            }
        }
        return Workspace(files: loader.files, rulesets: loader.rulesetsByPath, roots: loaded, diagnostics: loader.diagnostics)
    }
}

extension Workspace {
    /// One file's ruleset with the rulesets it imports, as `stream` hands it to be examined.
    init(_ ruleset: Ruleset, importing imported: [Ruleset], diagnostics: [Diagnostic]) {
        var rulesets = Dictionary(imported.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        rulesets[ruleset.path] = ruleset
        self.init(files: [], rulesets: rulesets, roots: [ruleset.path], diagnostics: diagnostics)
    }
}

/// What becomes of a file named on the command line once its batch is read: checked (it was parsed
/// and its imports are checked), already checked (another file imports it), or nothing (unreadable).
private enum RootWork: Sendable {
    case check(path: String, tree: TreeHandoff, syntaxErrors: Bool, imports: [Import], diagnostics: [Diagnostic],
               imported: [Ruleset])
    case checked(Ruleset, imported: [Ruleset])
    case unread
}

/// A file read and parsed, not yet checked.
struct ParsedFile: Sendable {
    let file: SourceFile
    let tree: SyntaxTree
    let diagnostics: [Diagnostic]

    init(_ file: SourceFile) {
        self.file = file
        (tree, diagnostics) = Parser.parse(file)
    }
}

/// A syntax tree passed to the core that checks it, which lets it go there: freeing a batch's trees
/// one after another on one thread took about a sixth of the time spent checking them on two.
final class TreeHandoff: @unchecked Sendable {
    private var tree: SyntaxTree?

    init(_ tree: SyntaxTree) {
        self.tree = tree
    }

    /// The tree, no longer held here. Each handoff is taken once, by one thread.
    func take() -> SyntaxTree {
        guard let tree = tree.take() else { preconditionFailure("a file's syntax tree is checked once") }
        return tree
    }
}

/// Reads files depth-first through their imports, checking each after the files it imports. The files
/// named on the command line are checked last, side by side on all cores: by then everything they
/// import is checked, and they do not depend on one another.
struct WorkspaceLoader<Reader: SourceReader> {
    let reader: Reader
    /// Files already read and parsed, by the path named.
    var parsed: [String: Result<ParsedFile, ReadFailure>] = [:]
    var files: [SourceFile] = []
    var rulesetsByPath: [String: Ruleset] = [:]
    var diagnostics: [Diagnostic] = []
    /// Canonical path → the path the file was first read under.
    private var pathByCanonical: [String: String] = [:]
    /// Each path's canonical form, once resolved: every file of a catalog imports the same few.
    var canonicalByPath: [String: String] = [:]
    /// The project root of the files in each canonical folder (see `SourceReader.projectRoot`).
    private var projectRootByFolder: [String: String] = [:]
    /// What each loaded file imports, resolved to the paths the files were read under.
    private var importsByPath: [String: [Import]] = [:]
    /// Files that another file imports: kept when their batch is let go.
    private var importedSomewhere: Set<String> = []
    /// Files named on the command line whose rulesets were let go after their batch.
    private var released: Set<String> = []
    /// Files whose imports are loaded but which are not checked yet, in the order named.
    private var deferred: [(path: String, tree: TreeHandoff, syntaxErrors: Bool, imports: [Import], diagnostics: [Diagnostic])] = []

    init(reader: Reader) {
        self.reader = reader
    }

    /// Loads a file unless already loaded. `chain` holds the canonical paths of the files importing it.
    /// Returns the path the file is known under, or why it could not be read.
    @discardableResult
    mutating func load(_ path: String, importedBy chain: [String], deferCheck: Bool = false) -> Result<String, ReadFailure> {
        let canonical = canonical(path)
        if let known = pathByCanonical[canonical] {
            checkNow(known)
            restore(known)
            return .success(known)
        }
        let read = parsed.removeValue(forKey: path) ?? reader.read(path).map { ParsedFile(SourceFile(path: path, bytes: $0)) }
        let parsedFile: ParsedFile
        switch read {
        case .success(let file): parsedFile = file
        case .failure(let failure):
            if chain.isEmpty {
                diagnostics.append(Diagnostic(.error, .unreadableFile, "cannot read '\(path)': \(failure.reason)",
                                              at: SourceLocation(file: path, range: .at(0)),
                                              help: failure.help ?? "check the path and the file's permissions"))
            }
            return .failure(failure)
        }
        pathByCanonical[canonical] = path
        let file = parsedFile.file
        files.append(file)
        let tree = parsedFile.tree
        var fileDiagnostics = parsedFile.diagnostics

        var imports: [Import] = []
        for entry in tree.entries where entry.keyword.text == "import" {
            guard let (written, range) = importTarget(entry, in: file, into: &fileDiagnostics),
                  let target = resolveImport(written, at: range, in: file, canonical: canonical, chain: chain,
                                             into: &fileDiagnostics) else {
                continue
            }
            imports.append(Import(written: written, resolvedPath: target, location: file.location(range)))
            importedSomewhere.insert(target)
        }
        importsByPath[path] = imports
        if deferCheck {
            deferred.append((path, TreeHandoff(tree), parsedFile.diagnostics.hasErrors, imports, fileDiagnostics))
        } else {
            finish(path, syntaxErrors: parsedFile.diagnostics.hasErrors, imports, fileDiagnostics,
                   Checker.check(tree, imports: imports, importedRulesets: transitiveImports(of: path)))
        }
        return .success(path)
    }

    /// Checks a deferred file at once, because another file is about to import it.
    private mutating func checkNow(_ path: String) {
        guard let index = deferred.firstIndex(where: { $0.path == path }) else { return }
        let item = deferred.remove(at: index)
        finish(item.path, syntaxErrors: item.syntaxErrors, item.imports, item.diagnostics,
               Checker.check(item.tree.take(), imports: item.imports, importedRulesets: transitiveImports(of: item.path)))
    }

    /// Checks the deferred files side by side; they only read what is already checked.
    mutating func checkDeferred() {
        let work = deferred.map { ($0, transitiveImports(of: $0.path)) }
        let checked = Parallel.map(work) { item, imported in
            Checker.check(item.tree.take(), imports: item.imports, importedRulesets: imported)
        }
        for (item, result) in zip(deferred, checked) {
            finish(item.path, syntaxErrors: item.syntaxErrors, item.imports, item.diagnostics, result)
        }
        deferred = []
    }

    /// Checks the deferred files side by side and examines each of `roots` that could be read, checked
    /// now or earlier (when another file imports it), each on one core. The rulesets of files checked
    /// now are let go on the core that examined them: no file read so far imports them.
    mutating func checkDeferred<Examined: Sendable>(examining roots: [String],
                                                    _ examine: @escaping @Sendable (Workspace) -> Examined) -> [Examined?] {
        let deferredByPath = Dictionary(deferred.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let work: [RootWork] = roots.map { root in
            if let item = deferredByPath[root] {
                return .check(path: root, tree: item.tree, syntaxErrors: item.syntaxErrors, imports: item.imports,
                              diagnostics: item.diagnostics, imported: transitiveImports(of: root))
            }
            if let ruleset = rulesetsByPath[root] { return .checked(ruleset, imported: transitiveImports(of: root)) }
            return .unread
        }
        deferred = []
        let results = Parallel.map(work) { item -> (diagnostics: [Diagnostic], examined: Examined?) in
            switch item {
            case .check(_, let tree, let syntaxErrors, let imports, let earlier, let imported):
                let (ruleset, checked) = Checker.check(tree.take(), imports: imports, importedRulesets: imported)
                let diagnostics = Self.fileDiagnostics(syntaxErrors: syntaxErrors, earlier: earlier, checked: checked)
                return (diagnostics, examine(Workspace(ruleset, importing: imported, diagnostics: diagnostics)))
            case .checked(let ruleset, let imported):
                return ([], examine(Workspace(ruleset, importing: imported, diagnostics: [])))
            case .unread:
                return ([], nil)
            }
        }
        for (item, result) in zip(work, results) {
            guard case .check(let path, _, _, _, _, _) = item else { continue }
            diagnostics += result.diagnostics
            released.insert(path)
        }
        return results.map(\.examined)
    }

    /// Checks a released file again, because a file read later imports it. Its diagnostics were
    /// reported the first time.
    private mutating func restore(_ path: String) {
        guard released.remove(path) != nil, let file = files.first(where: { $0.path == path }) else { return }
        let imports = importsByPath[path] ?? []
        for target in imports { restore(target.resolvedPath) }
        rulesetsByPath[path] = Checker.check(Parser.parse(file).tree, imports: imports, importedRulesets: transitiveImports(of: path)).0
    }

    private mutating func finish(_ path: String, syntaxErrors: Bool, _ imports: [Import], _ earlier: [Diagnostic],
                                 _ checked: (Ruleset, [Diagnostic])) {
        diagnostics += Self.fileDiagnostics(syntaxErrors: syntaxErrors, earlier: earlier, checked: checked.1)
        rulesetsByPath[path] = checked.0
    }

    /// A file's messages, top to bottom as the file reads.
    private static func fileDiagnostics(syntaxErrors: Bool, earlier: [Diagnostic], checked: [Diagnostic]) -> [Diagnostic] {
        var fileDiagnostics = earlier
        // Meaning is not judged on a file that did not parse: those messages would mostly echo the syntax error.
        if !syntaxErrors { fileDiagnostics += checked }
        // The sort is stable so that a message's notes keep their order.
        return fileDiagnostics.enumerated()
            .sorted { ($0.element.location.range.start, $0.offset) < ($1.element.location.range.start, $1.offset) }
            .map(\.element)
    }

    private func importTarget(_ entry: Entry, in file: SourceFile,
                              into diagnostics: inout [Diagnostic]) -> (String, SourceRange)? {
        guard entry.arguments.count == 1, entry.block == nil, entry.value == nil,
              case .string = entry.arguments[0].kind else {
            diagnostics.append(Diagnostic(.error, .wrongArguments, "'import' takes a file path in quotes",
                                          at: file.location(entry.range),
                                          help: "usage: import \"../assumptions.ruleset\""))
            return nil
        }
        return (file.stringValue(entry.arguments[0].range), entry.arguments[0].range)
    }

    private mutating func resolveImport(_ written: String, at range: SourceRange, in file: SourceFile,
                                        canonical: String, chain: [String],
                                        into diagnostics: inout [Diagnostic]) -> String? {
        let location = file.location(range)
        func fail(_ code: DiagnosticCode, _ message: String, _ help: String, notes: [Diagnostic.Note] = []) -> String? {
            diagnostics.append(Diagnostic(.error, code, message, at: location, help: help, notes: notes))
            return nil
        }
        let path = PathText.normalize(PathText.join(PathText.directory(of: file.path), written))
        let targetCanonical = self.canonical(path)
        let root = projectRoot(of: file.path)
        if written.hasPrefix("/") || !PathText.isInside(targetCanonical, root) {
            return fail(.importOutsideProject, "cannot import '\(written)': it is outside the project",
                        "imports are relative paths that stay inside the project: the nearest folder above the "
                        + "importing file that holds '.git' or a '.redtape' marker, or the file's own folder when none "
                        + "does; here '\(root)'. To import from higher up, put an empty '.redtape' file in the folder "
                        + "the two files share")
        }
        if !written.hasSuffix("." + rulesetExtension) {
            return fail(.importNotRuleset, "cannot import '\(written)': not a .\(rulesetExtension) file",
                        "import ruleset files only")
        }
        if targetCanonical == canonical || chain.contains(targetCanonical) {
            let names = (chain + [canonical, targetCanonical]).drop { $0 != targetCanonical }
                .map { pathByCanonical[$0] ?? $0 }
            return fail(.importCycle, "import cycle: " + names.joined(separator: " → "),
                        "files cannot import each other in a circle; move what both need into a third file")
        }
        switch load(path, importedBy: chain + [canonical]) {
        case .success(let loaded):
            return loaded
        case .failure(let failure):
            let relative = "the path is relative to this file's folder ('\(PathText.directory(of: file.path))')"
            guard failure.help == nil, let meant = misspeltImport(written, at: path) else {
                return fail(.importNotFound, "cannot import '\(written)': \(failure.reason)", failure.help ?? relative)
            }
            diagnostics.append(Diagnostic(.error, .importNotFound, "cannot import '\(written)': \(failure.reason)", at: location,
                                          help: "did you mean '\(meant)'? " + relative,
                                          fixIts: [Diagnostic.FixIt("replace with '\(meant)'", range: range, replacement: "\"\(meant)\"")]))
            return nil
        }
    }

    /// The import meant by one that names no file, when a ruleset beside where it points has a name
    /// close to it (`assumption.ruleset` for `assumptions.ruleset`), written as the import was. Asked
    /// only when an import fails.
    private func misspeltImport(_ written: String, at path: String) -> String? {
        let folder = PathText.directory(of: path)
        func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
        let beside = reader.rulesetFiles(in: folder).filter { PathText.directory(of: $0) == folder }.map(name)
        guard let meant = Suggestion.closest(to: name(path), in: beside), meant != name(path) else { return nil }
        return written.contains("/") ? PathText.directory(of: written) + "/" + meant : meant
    }

    private mutating func canonical(_ path: String) -> String {
        if let known = canonicalByPath[path] { return known }
        let resolved = reader.canonical(path)
        canonicalByPath[path] = resolved
        return resolved
    }

    private mutating func projectRoot(of path: String) -> String {
        let folder = PathText.directory(of: canonical(path))
        if let known = projectRootByFolder[folder] { return known }
        let root = reader.projectRoot(of: path)
        projectRootByFolder[folder] = root
        return root
    }

    /// The rulesets a file can see through its imports, directly or through the files it imports.
    private func transitiveImports(of path: String) -> [Ruleset] {
        var order: [String] = []
        var seen: Set<String> = [path]
        var stack = (importsByPath[path] ?? []).map(\.resolvedPath)
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            order.append(next)
            stack += (importsByPath[next] ?? []).map(\.resolvedPath)
        }
        return order.compactMap { rulesetsByPath[$0] }
    }
}
