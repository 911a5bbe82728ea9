extension BarrierAnalysis {
    /// How many findings each rule has, with the highest severity among them.
    struct RuleCount {
        let rule: Rule
        var severity: Severity
        var count: Int
    }

    /// The findings still to address counted by rule, the most severe and most frequent first (rules
    /// of equal standing in the order first found): what a reader of a summary looks at first.
    func countsByRule() -> [RuleCount] {
        var order = RuleOrder()
        var counts: [RuleCount] = []
        for finding in active {
            let position = order.position(of: finding.rule)
            if position == counts.count { counts.append(RuleCount(rule: finding.rule, severity: finding.severity, count: 0)) }
            counts[position].severity = max(counts[position].severity, finding.severity)
            counts[position].count += 1
        }
        return counts.enumerated().sorted { a, b in
            (a.element.severity, a.element.count, -a.offset) > (b.element.severity, b.element.count, -b.offset)
        }.map(\.element)
    }
}
