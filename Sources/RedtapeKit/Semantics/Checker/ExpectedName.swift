/// What a name that names nothing was meant to name: worded in the message, and telling the help how
/// such a thing is declared and whether an imported file could declare it.
enum ExpectedName {
    /// A top-level declaration: an assumption, agency, registry, procedure or rule.
    case symbol(Symbol.Kind)
    /// One of a procedure's own items: a step, a document, a segment.
    case item(LocalNames.Kind)
    /// Whom a fee is waived for.
    case channelOrSegment

    var word: String {
        switch self {
        case .symbol(let kind): kind.rawValue
        case .item(let kind): kind.word
        case .channelOrSegment: "channel or segment"
        }
    }

    /// Names declared at the top level of a file, which an imported file can supply; a procedure's own
    /// steps and documents, channels and segments it alone declares.
    var isImportable: Bool {
        switch self {
        case .symbol(.agency), .symbol(.registry), .symbol(.assumption): true
        default: false
        }
    }

    /// Where a name of this kind is declared, and how, for the help of an unknown one: a drafter who
    /// has not declared one yet sees the line to write.
    func declaration(of name: String) -> String? {
        switch self {
        case .symbol(.agency), .symbol(.registry): "at the top level of the file with '\(word) \(name) \"…\"'"
        case .symbol(.assumption): "at the top level of the file with 'assume \(name) \"…\" = …' and its source"
        case .item(.step), .item(.document): "in the procedure with '\(word) \(name) \"…\" { … }'"
        // A name a fee is waived for that is no channel is most often a segment not yet declared.
        case .channelOrSegment: "as a segment, in the procedure with 'segment \(name) \"…\" { share … }'"
        default: nil
        }
    }
}
