/// Serves some files from memory under their logical paths and everything else from another
/// reader: an editor's unsaved buffers, or the old side of a `git diff`.
public struct OverlayReader<Base: SourceReader>: SourceReader {
    public let files: [String: [UInt8]]
    public let base: Base

    public init(files: [String: [UInt8]], base: Base) {
        self.files = files
        self.base = base
    }

    public func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        if let bytes = files[path] { return .success(bytes) }
        return base.read(path)
    }

    public func isDirectory(_ path: String) -> Bool { files[path] == nil && base.isDirectory(path) }
    public func rulesetFiles(in directory: String) -> [String] { base.rulesetFiles(in: directory) }
    public func canonical(_ path: String) -> String { base.canonical(path) }
    public func projectRoot(of path: String) -> String { base.projectRoot(of: path) }
}
