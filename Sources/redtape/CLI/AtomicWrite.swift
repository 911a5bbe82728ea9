import Foundation

/// Writes beside the target and renames over it, so that an interrupted write never leaves half a
/// file: the old file stays whole until the new one is complete. Returns why it failed, or nil.
func writeAtomically(_ path: String, _ text: String) -> String? {
    let temporary = PathText.directory(of: path) + "/.\((path as NSString).lastPathComponent).redtape-tmp"
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            return reason
        }
        return nil
    } catch {
        try? FileManager.default.removeItem(atPath: temporary)
        return error.localizedDescription
    }
}

import RedtapeKit
