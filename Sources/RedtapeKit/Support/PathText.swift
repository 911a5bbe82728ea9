/// Path arithmetic on strings, so that paths in messages stay as the user wrote them.
public enum PathText {
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Removes `.` segments and folds `name/..` pairs, keeping leading `..` of a relative path.
    /// A revision prefix (`main:` in `main:Rulesets/vn`) stays in front and is never folded away.
    public static func normalize(_ path: String) -> String {
        var rest = Substring(path)
        var revision = ""
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") {
            revision = String(path[...colon])
            rest = path[path.index(after: colon)...]
        }
        let absolute = rest.hasPrefix("/")
        var parts: [Substring] = []
        for part in rest.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return revision + "/" + joined }
        if !revision.isEmpty { return revision + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Whether `path` lies inside `folder` (both canonical).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") || folder.hasSuffix(":") ? folder : folder + "/"
        guard folder == "/" || path == folder || path.hasPrefix(prefix) else { return false }
        let rest = path.dropFirst(min(prefix.count, path.count))
        return rest != ".." && !rest.hasPrefix("../")
    }
}
