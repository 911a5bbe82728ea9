extension CatalogAssessment {
    /// The costs kept apart from the annual burden — the one-off cost, the administration's own cost
    /// a year and the deposits placed a year (METHOD.md §8, §9) — and the present value of the burden with the one-off cost, where the
    /// rulesets ask for one (§11), worded in `language`: a report names them beside the burden. Each is
    /// zero where the catalog has none, so that two drafts' lists pair up.
    func costsApart(in language: Language) -> [(label: String, total: Figure)] {
        let labels = Labels(language)
        return [(labels.oneOff, totalOneOff), (labels.administrationAYear, totalAdministration),
                (labels.depositsAYear, totalDeposits), (labels.presentValue, totalPresentValue)]
    }

    /// The procedures' present values added up; zero when no ruleset asks for one.
    var totalPresentValue: Figure {
        procedures.reduce(Figure.zero) { $0 + ($1.presentValue?.value ?? .zero) }
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

    /// How many procedures of each draft have staff time and no `staff_tariff` to value it, when the
    /// administration's cost a year differs between the drafts and some do: that cost leaves their
    /// staff time out, so a draft that writes the tariff adds a cost no change made, and a review
    /// says so beside the figure.
    var staffTimeUnvalued: (before: Int, after: Int)? {
        guard before.totalAdministration.likely != after.totalAdministration.likely else { return nil }
        func unvalued(_ catalog: CatalogAssessment) -> Int { catalog.procedures.count { $0.notes.contains(.noStaffTariff) } }
        let counts = (before: unvalued(before), after: unvalued(after))
        return counts == (0, 0) ? nil : counts
    }
}
