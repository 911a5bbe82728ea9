import Foundation
import Testing

/// Golden files: expected output kept beside the test data and compared byte for byte.
/// Run with `REDTAPE_RECORD=1 swift test` to write them anew, then review the diff by eye.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["REDTAPE_RECORD"] == "1" }

    static func check(_ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            try? actual.write(toFile: path, atomically: false, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("missing golden file \(path); run with REDTAPE_RECORD=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from \(path)", sourceLocation: sourceLocation)
    }
}

/// Paths of the repository and of the test data, found from this source file so that tests run from any folder.
enum Paths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = testsFolder + "/Fixtures"
    static let repository = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent().path

    /// Ruleset files below a folder of the repository, sorted.
    static func rulesets(under folder: String) -> [String] {
        let root = repository + "/" + folder
        guard let names = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] else { return [] }
        return names.filter { $0.hasSuffix(".ruleset") }.sorted().map { root + "/" + $0 }
    }
}
