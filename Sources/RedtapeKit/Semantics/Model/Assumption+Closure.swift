extension Assumption {
    /// `names` and every assumption their values draw on, each once, in the order first reached:
    /// what a figure rests on, for `explain` and the report's register. `dependencies` gives the names
    /// an assumption's value is written with, or nil for a name no assumption declares, which is left out.
    static func closure(of names: [String], dependencies: (String) -> [String]?) -> [String] {
        var waiting = names[...]
        var reached: [String] = []
        var seen: Set<String> = []
        while let name = waiting.popFirst() {
            guard !seen.contains(name), let drawnOn = dependencies(name) else { continue }
            seen.insert(name)
            reached.append(name)
            waiting += drawnOn
        }
        return reached
    }
}
