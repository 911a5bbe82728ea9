import Foundation

/// `barriers --format markdown` for a pull request's comment, and `--format csv` for a spreadsheet.
extension BarrierReport {
    // MARK: - Markdown

    /// The summary, the findings counted by rule, and each finding in a table that opens on a click:
    /// a review reads the counts first.
    public func markdown() -> String {
        let words = ReportLabels(language)
        var out = "## \(labels.heading)\n\n\(summary())\n"
        let counts = analysis.countsByRule()
        if !counts.isEmpty {
            var byRule = Table([(words.severity, .left), (words.barrier, .left), (words.count, .right), (words.fix, .left)])
            for entry in counts {
                byRule.add([labels.severity(entry.severity), Markdown.escape(labels.title(entry.rule)) + " `\(entry.rule.declared.id)`",
                            String(entry.count), Markdown.escape(labels.text(entry.rule).fix ?? "")])
            }
            out += "\n" + byRule.markdown()
            var each = Table([(words.severity, .left), (words.barrier, .left), (labels.subjectColumn, .left),
                              (labels.costAttachedColumn, .right), (words.source, .left)])
            for finding in analysis.active {
                each.add([labels.severity(finding.severity), Markdown.escape(labels.title(finding.rule)),
                          Markdown.escape(labels.subject(finding)), finding.annualCost.map { format.money($0.likely, currency) } ?? "",
                          cite(finding)])
            }
            out += "\n<details><summary>\(labels.eachFinding(analysis.active.count))</summary>\n\n" + each.markdown() + "\n</details>\n"
        }
        if !analysis.suppressed.isEmpty {
            var accepted = Table([(words.severity, .left), (words.barrier, .left), (labels.subjectColumn, .left),
                                  (labels.reason, .left), (words.source, .left)])
            for finding in analysis.suppressed {
                accepted.add([labels.severity(finding.severity), Markdown.escape(labels.title(finding.rule)),
                              Markdown.escape(labels.subject(finding)), Markdown.escape(finding.suppression?.reason ?? ""), cite(finding)])
            }
            out += "\n**\(labels.accepted)**\n\n" + accepted.markdown()
        }
        return out
    }

    // MARK: - CSV

    /// One row a finding, accepted ones with their reason; the attached cost as likely, low and high
    /// columns in the currency's units, as `score --format csv` writes money.
    public func csv() -> String {
        let header = ["severity", "rule", "title", "procedure", "item", "item_id", "item_name", "file", "line", "column",
                      "currency", "annual_cost", "annual_cost_low", "annual_cost_high", "accepted", "reason", "fix"]
        let money = NumberFormat.minorUnits(currency)
        var out = header.joined(separator: ",") + "\r\n"
        for finding in analysis.findings {
            let position = lines.position(of: finding.location)
            let cost = finding.annualCost.map { [$0.likely, $0.low, $0.high].map { NumberText.plain($0.rounded(scale: money)) } }
                ?? ["", "", ""]
            let cells = [finding.severity.rawValue, finding.rule.declared.id, labels.title(finding.rule), finding.procedure.id,
                         finding.item.rawValue, finding.itemID, finding.itemName ?? "", finding.location.file,
                         String(position.line), String(position.column), currency.description] + cost
                + [finding.isSuppressed ? "yes" : "no", finding.suppression?.reason ?? "", labels.text(finding.rule).fix ?? ""]
            out += cells.map(ScoreReport.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private func cite(_ finding: Finding) -> String {
        "\(finding.location.file):\(lines.position(of: finding.location).line)"
    }
}
