import Foundation
import RedtapeKit

/// Writes beside the target and renames over it, so that an interrupted write never leaves half a
/// file: the old file stays whole until the new one is complete. Returns why it failed, in the
/// system's words where they are plain ("Permission denied", "No space left on device"), or nil.
func writeAtomically(_ path: String, _ text: String) -> String? {
    let folder = PathText.directory(of: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        return "there is no folder '\(folder)'; create it, or write the file somewhere else"
    }
    let temporary = folder + "/.\((path as NSString).lastPathComponent).redtape-tmp"
    func failed() -> String {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        return reason
    }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
        if count < 0 {
            if errno == EINTR { continue }
            let reason = failed()
            close(descriptor)
            return reason
        }
        written += count
    }
    // A file written over keeps who may read and write it (`fmt --write` on a private ruleset).
    var existing = stat()
    if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
    guard close(descriptor) == 0, rename(temporary, path) == 0 else { return failed() }
    return nil
}
