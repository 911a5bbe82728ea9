import Foundation
import RedtapeKit

/// Reads rulesets as they stand in a git revision, through `git show`, so that a reviewer can compare
/// a branch with another without two checkouts. Paths look like `main:Rulesets/vn/birth.ruleset`.
struct GitRevisionReader: SourceReader {
    let revision: String

    /// `REV:PATH` when REV names a commit in the current repository and no file of that name exists.
    static func parse(_ argument: String) -> GitRevisionReader? {
        guard let colon = argument.firstIndex(of: ":"), colon != argument.startIndex,
              !FileManager.default.fileExists(atPath: argument) else { return nil }
        let revision = String(argument[..<colon])
        guard run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]) != nil else { return nil }
        return GitRevisionReader(revision: revision)
    }

    func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        guard let bytes = Self.run(["show", gitPath(path)]) else {
            let inside = String(gitPath(path).dropFirst(revision.count + 1))
            return .failure(ReadFailure("not found in revision '\(revision)'",
                                        help: "check the path as it stood in '\(revision)': git ls-tree -r --name-only \(revision) -- "
                                            + (inside.isEmpty ? "." : PathText.directory(of: inside))))
        }
        return .success(bytes)
    }

    func isDirectory(_ path: String) -> Bool {
        Self.run(["cat-file", "-t", gitPath(path)]).map { String(decoding: $0, as: UTF8.self) } == "tree\n"
    }

    func rulesetFiles(in directory: String) -> [String] {
        let folder = String(gitPath(directory).dropFirst(revision.count + 1))
        guard let listing = Self.run(["ls-tree", "-r", "--name-only", revision, "--", folder.isEmpty ? "." : folder]) else { return [] }
        return String(decoding: listing, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasSuffix("." + rulesetExtension) }.map { "\(revision):\($0)" }.sorted()
    }

    func canonical(_ path: String) -> String { gitPath(path) }

    func projectRoot(of path: String) -> String { revision + ":" }

    /// `REV:a/../b` as git wants it: `REV:b`.
    private func gitPath(_ path: String) -> String {
        let inside = path.hasPrefix(revision + ":") ? String(path.dropFirst(revision.count + 1)) : path
        let normalized = PathText.normalize(inside)
        return revision + ":" + (normalized == "." ? "" : normalized)
    }

    /// Runs git in the current folder; the standard output, or nil if git failed.
    private static func run(_ arguments: [String]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }
}
