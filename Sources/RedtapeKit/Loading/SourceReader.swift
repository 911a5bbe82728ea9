import Foundation

/// Where rulesets are read from. The file system in use; tests and the language server
/// may supply their own (for example, unsaved editor buffers).
public protocol SourceReader: Sendable {
    /// The bytes of a file, or why it cannot be read.
    func read(_ path: String) -> Result<[UInt8], ReadFailure>
    func isDirectory(_ path: String) -> Bool
    /// Ruleset files below a directory, sorted, as paths that start with `directory`.
    func rulesetFiles(in directory: String) -> [String]
    /// An absolute path with `.`, `..` and symbolic links resolved, to compare files and confine imports.
    func canonical(_ path: String) -> String
    /// The folder that imports from `path` may not leave: the same for every file whose canonical
    /// path is in one folder (a catalog's files are asked for it once per folder).
    func projectRoot(of path: String) -> String
}

public struct ReadFailure: Error, Hashable, Sendable {
    public let reason: String
    /// What to do, when it is not to check the path.
    public let help: String?
    public init(_ reason: String, help: String? = nil) {
        self.reason = reason
        self.help = help
    }
}

/// Ruleset files end with this extension.
public let rulesetExtension = "ruleset"

/// Reads from the local file system.
public struct FileSystemReader: SourceReader {
    public init() {}

    public func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReadFailure("no such file"))
        }
        if isDirectory.boolValue { return .failure(ReadFailure("it is a folder")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > SourceRange.largestFile {
            return .failure(ReadFailure("it is larger than 4 GiB", help: "split its procedures into several files"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadFailure("permission denied or unreadable"))
        }
        return .success([UInt8](data))
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func rulesetFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if (relative as NSString).pathExtension == rulesetExtension {
                found.append(PathText.join(directory, relative))
            }
        }
        return found.sorted()
    }

    public func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : PathText.join(FileManager.default.currentDirectoryPath, path)
        return URL(fileURLWithPath: PathText.normalize(absolute)).resolvingSymlinksInPath().path
    }

    /// The nearest folder above `path` that holds `.git` or a `.redtape` marker; else the file's own folder.
    public func projectRoot(of path: String) -> String {
        let start = (canonical(path) as NSString).deletingLastPathComponent
        var folder = start
        while true {
            for marker in [".git", ".redtape"] where FileManager.default.fileExists(atPath: PathText.join(folder, marker)) {
                return folder
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return start }
            folder = parent
        }
    }
}
