import RedtapeKit

/// A command line read against a `CommandSpec`.
struct ParsedArguments: Sendable {
    var positional: [String] = []
    var flags: Set<String> = []
    var values: [String: String] = [:]
    var wantsHelp = false

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name] }

    /// Reads `arguments` (without the command name); options may come before or after the paths.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
                continue
            }
            var name = String(argument.dropFirst(argument.hasPrefix("--") ? 2 : 1))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name || $0.short.map(String.init) == name }) else {
                let guess = Suggestion.closest(to: name, in: spec.allOptions.map(\.name))
                throw UsageError("Unknown option '\(argument)'.", suggestion: guess.map { "--\($0)" }, spec: spec)
            }
            guard option.value != nil else {
                if inlineValue != nil { throw UsageError("Option '--\(option.name)' takes no value.", spec: spec) }
                flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("Missing value for '--\(option.name) <\(option.value!)>'.", spec: spec)
            }
            if !option.choices.isEmpty, !option.choices.contains(value) {
                let guess = Suggestion.closest(to: value, in: option.choices)
                throw UsageError("The value '\(value)' is invalid for '--\(option.name) <\(option.value!)>'; "
                                 + "use one of: \(option.choices.joined(separator: ", ")).",
                                 suggestion: guess, spec: spec)
            }
            values[option.name] = value
        }
    }
}

/// A mistake on the command line: reported as `Error: …`, the usage line, and where to find help; exit status 2.
struct UsageError: Error, Sendable {
    let message: String
    let spec: CommandSpec?

    init(_ message: String, suggestion: String? = nil, spec: CommandSpec?) {
        self.message = message + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        self.spec = spec
    }

    var rendered: String {
        var out = "Error: \(message)\n"
        if let spec {
            out += "Usage: \(spec.usage)\n"
            out += "  See 'redtape \(spec.name) --help' for more information.\n"
        } else {
            out += "Usage: redtape <subcommand>\n"
            out += "  See 'redtape --help' for more information.\n"
        }
        return out
    }
}
