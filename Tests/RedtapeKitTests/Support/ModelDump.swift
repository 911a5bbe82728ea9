import Foundation
@testable import RedtapeKit

/// A text form of any model value with every source position left out, so that two models
/// read from differently laid-out text can be compared for meaning.
enum ModelDump {
    static func of(_ value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        if value is SourceLocation || value is SourceRange { return }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty || value is Exact || value is String {
            out += "\(value)\n"
            return
        }
        if mirror.displayStyle == .optional {
            if let first = mirror.children.first { write(first.value, indent: indent, into: &out) } else { out += "nil\n" }
            return
        }
        out += "\(mirror.subjectType)\n"
        for child in mirror.children {
            if child.value is SourceLocation || child.value is SourceRange { continue }
            out += indent + "  " + (child.label ?? "-") + ": "
            write(child.value, indent: indent + "  ", into: &out)
        }
    }
}

/// Loads one file (with its imports) and returns its ruleset and diagnostics.
func load(_ path: String) -> (Ruleset?, [Diagnostic]) {
    let workspace = Workspace.load([path])
    return (workspace.rulesets[path], workspace.diagnostics)
}
