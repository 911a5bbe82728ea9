import Foundation

/// Standard output and error, and whether colour is wanted on each.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    static var colorOnStandardError: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

/// What a command ends with.
enum ExitStatus: Int32 {
    /// Done, nothing to fail on.
    case success = 0
    /// Done, and found what the user asked to fail on (warnings under `--strict`, `fmt --check` differences).
    case findings = 1
    /// Bad usage or bad input.
    case failure = 2
}
