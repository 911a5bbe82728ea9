import Foundation

/// The frame of a SARIF 2.1.0 log, which `barriers` and `check` both write: one run of redtape, its
/// rules and its results.
enum SARIF {
    static func log(toolVersion: String, rules: [JSONWriter.Value], results: [JSONWriter.Value]) -> String {
        JSONWriter().write(.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("redtape")), ("version", .string(toolVersion)), ("rules", .array(rules)),
                ]))])),
                ("results", .array(results)),
            ])])),
        ]))
    }

    /// A relative path as a URI reference: segments percent-encoded, separators kept.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    static func pascalCase(_ id: String) -> String {
        id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
