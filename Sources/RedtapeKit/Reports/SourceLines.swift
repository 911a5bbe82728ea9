/// Turns source locations into lines and columns for reports, from the files that were read.
public struct SourceLines: Sendable {
    /// By the number of their path, as locations name them.
    private let files: [UInt32: SourceFile]

    public init(_ files: [SourceFile]) {
        var byPath: [UInt32: SourceFile] = [:]
        for file in files { byPath[file.pathNumber] = file }
        self.files = byPath
    }

    public func position(of location: SourceLocation) -> SourcePosition {
        file(of: location)?.position(of: location.range.start) ?? SourcePosition(line: 0, column: 0)
    }

    /// The file the location is in, if it was read.
    func file(of location: SourceLocation) -> SourceFile? {
        files[location.fileNumber]
    }

    /// `file:line`, the way reports cite where a figure comes from.
    public func cite(_ location: SourceLocation) -> String {
        "\(location.file):\(position(of: location).line)"
    }
}
