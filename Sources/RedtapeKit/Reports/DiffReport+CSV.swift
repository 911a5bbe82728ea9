/// `diff --format csv`: a row a change, for a spreadsheet that sorts and sums them.
extension DiffReport {
    /// Each change with its share of the change in the annual burden — likely as printed (the rows add
    /// up to the total change as printed), low and high — in the currency's units, and where it is
    /// written in each draft.
    public func csv() -> String {
        let header = ["kind", "procedure", "path", "change", "currency", "annual_cost_delta", "annual_cost_delta_low",
                      "annual_cost_delta_high", "before_file", "before_line", "after_file", "after_line"]
        let money = NumberFormat.minorUnits(currency)
        func place(_ location: SourceLocation?) -> [String] {
            guard let location else { return ["", ""] }
            return [location.file, String(lines.position(of: location).line)]
        }
        var out = header.joined(separator: ",") + "\r\n"
        for (index, change) in comparison.changes.enumerated() {
            let procedure = change.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? change.path
            let cells = [change.kind.rawValue, procedure, change.path, wording.summary(change), currency.description]
                + [shown[index], change.annualCostDelta.low, change.annualCostDelta.high].map { NumberText.plain($0.rounded(scale: money)) }
                + place(change.before) + place(change.after)
            out += cells.map(ScoreReport.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
