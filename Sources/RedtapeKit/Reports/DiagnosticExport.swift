import Foundation

/// `check --format json` and `--format sarif`: the problems found, for tools rather than a terminal —
/// an editor's list of problems, or a code-scanning upload that marks a pull request's lines, each
/// with its help and the fixes `check` offers.
public struct DiagnosticExport: Sendable {
    public let diagnostics: [Diagnostic]
    private let lines: SourceLines

    public init(_ diagnostics: [Diagnostic], files: [SourceFile]) {
        self.diagnostics = diagnostics
        self.lines = SourceLines(files)
    }

    /// Where a location starts and ends, lines and columns from 1 (a file that was not read, such as
    /// one that could not be, is its first line).
    private func region(_ location: SourceLocation) -> (start: SourcePosition, end: SourcePosition) {
        let start = lines.position(of: location)
        let end = lines.position(of: SourceLocation(fileNumber: location.fileNumber, range: .at(location.range.end)))
        guard start.line > 0 else { return (SourcePosition(line: 1, column: 1), SourcePosition(line: 1, column: 1)) }
        return (start, end)
    }

    // MARK: - JSON

    public func json(files: Int, procedures: Int) -> String {
        let items: [JSONWriter.Value] = diagnostics.map { diagnostic in
            let (start, end) = region(diagnostic.location)
            return .object([
                ("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code.rawValue)),
                ("message", .string(diagnostic.message)),
                ("file", .string(diagnostic.location.file)), ("line", .number(String(start.line))),
                ("column", .number(String(start.column))), ("endLine", .number(String(end.line))),
                ("endColumn", .number(String(end.column))),
                ("help", diagnostic.help.map(JSONWriter.Value.string) ?? .null),
                ("notes", .array(diagnostic.notes.map { note in
                    guard let location = note.location else { return .object([("message", .string(note.message))]) }
                    let position = region(location).start
                    return .object([("message", .string(note.message)), ("file", .string(location.file)),
                                    ("line", .number(String(position.line))), ("column", .number(String(position.column)))])
                })),
                ("fixes", .array(diagnostic.fixIts.map { fix in
                    let (from, to) = region(SourceLocation(fileNumber: diagnostic.location.fileNumber, range: fix.range))
                    return .object([("message", .string(fix.message)), ("line", .number(String(from.line))),
                                    ("column", .number(String(from.column))), ("endLine", .number(String(to.line))),
                                    ("endColumn", .number(String(to.column))), ("replacement", .string(fix.replacement))])
                })),
            ])
        }
        return JSONWriter().write(.object([
            ("version", .number("1")),
            ("diagnostics", .array(items)),
            ("summary", .object([("files", .number(String(files))), ("procedures", .number(String(procedures))),
                                 ("errors", .number(String(diagnostics.errorCount))),
                                 ("warnings", .number(String(diagnostics.warningCount)))])),
        ]))
    }

    // MARK: - SARIF

    /// SARIF 2.1.0: a rule for each code reported, results with the help in their message, notes as
    /// related locations and fix-its as fixes.
    public func sarif(toolVersion: String) -> String {
        var codes: [DiagnosticCode] = []
        for diagnostic in diagnostics where !codes.contains(diagnostic.code) { codes.append(diagnostic.code) }
        codes.sort { $0.rawValue < $1.rawValue }
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules: [JSONWriter.Value] = codes.map { code in
            .object([("id", .string(code.rawValue)), ("name", .string(SARIF.pascalCase(Self.words(code)))),
                     ("shortDescription", .object([("text", .string(Self.words(code).replacingOccurrences(of: "_", with: " ")))])),
                     ("defaultConfiguration", .object([("level", .string(Self.level(code.severity)))]))])
        }
        let results: [JSONWriter.Value] = diagnostics.map { diagnostic in
            let uri = SARIF.uri(diagnostic.location.file)
            var members: [(String, JSONWriter.Value)] = [
                ("ruleId", .string(diagnostic.code.rawValue)), ("ruleIndex", .number(String(index[diagnostic.code] ?? 0))),
                ("level", .string(Self.level(diagnostic.severity))),
                ("message", .object([("text", .string(diagnostic.message + (diagnostic.help.map { ". Help: " + $0 } ?? "")))])),
                ("locations", .array([.object(location(uri, diagnostic.location))])),
            ]
            let related = diagnostic.notes.compactMap { note -> JSONWriter.Value? in
                guard let location = note.location else { return nil }
                return .object(self.location(SARIF.uri(location.file), location)
                               + [("message", .object([("text", .string(note.message))]))])
            }
            if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
            if !diagnostic.fixIts.isEmpty {
                members.append(("fixes", .array(diagnostic.fixIts.map { fix in
                    let (from, to) = region(SourceLocation(fileNumber: diagnostic.location.fileNumber, range: fix.range))
                    return .object([
                        ("description", .object([("text", .string(fix.message))])),
                        ("artifactChanges", .array([.object([
                            ("artifactLocation", .object([("uri", .string(uri))])),
                            ("replacements", .array([.object([
                                ("deletedRegion", Self.region(from, to)),
                                ("insertedContent", .object([("text", .string(fix.replacement))])),
                            ])])),
                        ])])),
                    ])
                })))
            }
            return .object(members)
        }
        return SARIF.log(toolVersion: toolVersion, rules: rules, results: results)
    }

    /// A physical location, covering a column at least (where a fix may delete none).
    private func location(_ uri: String, _ location: SourceLocation) -> [(String, JSONWriter.Value)] {
        var (start, end) = region(location)
        if end.line == start.line { end = SourcePosition(line: end.line, column: max(end.column, start.column + 1)) }
        return [("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri))])),
            ("region", Self.region(start, end)),
        ]))]
    }

    private static func region(_ start: SourcePosition, _ end: SourcePosition) -> JSONWriter.Value {
        .object([("startLine", .number(String(start.line))), ("startColumn", .number(String(start.column))),
                 ("endLine", .number(String(end.line))), ("endColumn", .number(String(end.column)))])
    }

    private static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// `unexpectedCharacter` → `unexpected_character`: the code's case, as words.
    private static func words(_ code: DiagnosticCode) -> String {
        var out = ""
        for character in String(describing: code) {
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
        return out
    }
}
