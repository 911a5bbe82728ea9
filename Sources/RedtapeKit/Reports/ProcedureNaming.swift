/// How a report names a procedure in its lists: by its id, and by its file as well when another file
/// of the catalog declares the same id. Two drafts of one procedure scored together, or a folder that
/// holds a procedure before and after its reform, would otherwise list two lines a reader cannot tell
/// apart.
struct ProcedureNaming: Sendable {
    /// Ids that more than one file uses.
    let repeatedIDs: Set<String>

    init(_ procedures: [ProcedureAssessment]) {
        var seen: Set<String> = []
        repeatedIDs = Set(procedures.map(\.id).filter { !seen.insert($0).inserted })
    }

    /// The id, with the file's folder and name after it when the id is repeated.
    func id(_ assessment: ProcedureAssessment) -> String {
        repeatedIDs.contains(assessment.id) ? assessment.id + " " + place(assessment) : assessment.id
    }

    /// The procedure's name (its id when it has none), with the file's after it when the id is repeated.
    func name(_ assessment: ProcedureAssessment) -> String {
        let name = assessment.procedure.declared.name ?? assessment.id
        return repeatedIDs.contains(assessment.id) ? name + " " + place(assessment) : name
    }

    /// `[birth-registration/after.ruleset]`: the last two parts of the path, which tell drafts apart
    /// without the length of a full path.
    private func place(_ assessment: ProcedureAssessment) -> String {
        "[" + assessment.procedure.declared.location.file.split(separator: "/").suffix(2).joined(separator: "/") + "]"
    }
}
