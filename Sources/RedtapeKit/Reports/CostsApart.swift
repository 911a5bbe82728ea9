extension CatalogAssessment {
    /// The costs kept apart from the annual burden — the one-off cost and the administration's own cost
    /// a year (METHOD.md §8, §9) — worded in `language`: a report names them beside the burden.
    func costsApart(in language: Language) -> [(label: String, total: Figure)] {
        let labels = Labels(language)
        return [(labels.oneOff, totalOneOff), (labels.administrationAYear, totalAdministration)]
    }
}

extension DraftComparison {
    /// The costs kept apart from the annual burden as the drafts give them (likely), those that differ:
    /// the headline of a review names them under the burden.
    func costsApart(in language: Language) -> [(label: String, before: Exact, after: Exact)] {
        zip(before.costsApart(in: language), after.costsApart(in: language))
            .map { ($0.label, $0.total.likely, $1.total.likely) }
            .filter { $0.1 != $0.2 }
    }
}
