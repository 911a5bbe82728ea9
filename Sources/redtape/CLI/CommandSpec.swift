/// The shape of one command's command line, from which both parsing and `--help` are derived.
struct CommandSpec: Sendable {
    struct Argument: Sendable {
        let name: String
        let help: String
        let repeating: Bool
        /// Shown in brackets in the usage line: the command can do without it.
        var optional = false
    }

    struct Option: Sendable {
        let name: String
        /// The value's placeholder (`<format>`); nil for a flag.
        let value: String?
        let help: String
        var choices: [String] = []
        var short: Character? = nil
    }

    let name: String
    let abstract: String
    var discussion: String? = nil
    var arguments: [Argument] = []
    var options: [Option] = []

    static let helpOption = Option(name: "help", value: nil, help: "Show help information.", short: "h")

    var allOptions: [Option] { options + [Self.helpOption] }

    /// `redtape check <paths> ... [--strict]`.
    var usage: String {
        var parts = ["redtape", name]
        for option in options {
            parts.append("[--\(option.name)\(option.value.map { " <\($0)>" } ?? "")]")
        }
        for argument in arguments {
            let written = "<\(argument.name)>" + (argument.repeating ? " ..." : "")
            parts.append(argument.optional ? "[\(written)]" : written)
        }
        return parts.joined(separator: " ")
    }

    /// Help in the layout of Swift command-line tools: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
    var help: String {
        var out = "OVERVIEW: \(abstract)\n"
        if let discussion { out += "\n" + discussion + "\n" }
        out += "\nUSAGE: \(usage)\n"
        if !arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in arguments {
                out += Self.row("<\(argument.name)>", argument.help)
            }
        }
        out += "\nOPTIONS:\n"
        for option in allOptions {
            var label = option.short.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let value = option.value { label += " <\(value)>" }
            var help = option.help
            if !option.choices.isEmpty { help += " (values: \(option.choices.joined(separator: ", ")))" }
            out += Self.row(label, help)
        }
        return out
    }

    static func row(_ label: String, _ help: String) -> String {
        let column = 26
        let padded = "  " + label
        if padded.count >= column - 1 {
            return padded + "\n" + String(repeating: " ", count: column) + help + "\n"
        }
        return padded + String(repeating: " ", count: column - padded.count) + help + "\n"
    }
}
