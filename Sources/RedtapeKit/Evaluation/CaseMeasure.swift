/// A measure of one case of a procedure (§6, §10 and §12 of METHOD.md), as the comparisons name what
/// changed or what a locality does best: one list, so that diff, compare and the honesty checks word
/// each measure the same way.
public enum CaseMeasure: Sendable, Equatable {
    case hours, outOfPocket, cost, elapsed
    /// The in-person visits of a case filed in person.
    case visitsInPerson
    case documents, steps, certifiedCopies, agencies, submissions
}
