extension DraftComparison {
    /// The costs kept apart from the annual burden — the one-off cost and the administration's own cost
    /// a year (METHOD.md §8, §9) — as the drafts give them (likely), those that differ, worded in
    /// `language`: the headline of a review names them under the burden.
    func costsApart(in language: Language) -> [(label: String, before: Exact, after: Exact)] {
        let labels = Labels(language)
        return [
            (labels.oneOff, before.totalOneOff.likely, after.totalOneOff.likely),
            (labels.administrationAYear, before.totalAdministration.likely, after.totalAdministration.likely),
        ].filter { $0.1 != $0.2 }
    }
}
