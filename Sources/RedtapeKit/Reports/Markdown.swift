/// Text put into Markdown by the reports that write it.
enum Markdown {
    /// A name or a reason as text: Markdown would read `<`, `>` and `&` in it as HTML. (A table's cells
    /// escape their `|` themselves.)
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
