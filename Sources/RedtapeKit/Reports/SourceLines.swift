/// Turns source locations into lines and columns for reports, from the files that were read.
public struct SourceLines: Sendable {
    private let files: [String: SourceFile]

    public init(_ files: [SourceFile]) {
        var byPath: [String: SourceFile] = [:]
        for file in files { byPath[file.path] = file }
        self.files = byPath
    }

    public func position(of location: SourceLocation) -> SourcePosition {
        file(location.file)?.position(of: location.range.start) ?? SourcePosition(line: 0, column: 0)
    }

    /// The file read from this path, if it was.
    func file(_ path: String) -> SourceFile? {
        files[path]
    }

    /// `file:line`, the way reports cite where a figure comes from.
    public func cite(_ location: SourceLocation) -> String {
        "\(location.file):\(position(of: location).line)"
    }
}
