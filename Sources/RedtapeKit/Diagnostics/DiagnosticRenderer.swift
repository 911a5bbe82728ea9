/// Renders diagnostics as text: a one-line header (`file:line:column: error: message [code]`)
/// that editors and CI annotators parse, then the source line with a caret, help and fix-its.
public struct DiagnosticRenderer: Sendable {
    public enum Style: Sendable {
        /// Header line only.
        case oneLine
        /// Header, source context with caret, help, fix-its and notes.
        case caret
    }

    /// Lines longer than this are shown as a window around the caret, so a huge line stays readable.
    static let maximumShownWidth = 120
    static let contextLines = 2

    public let style: Style
    public let colored: Bool
    private let files: [String: SourceFile]

    public init(files: [SourceFile], style: Style = .caret, colored: Bool = false) {
        var byPath: [String: SourceFile] = [:]
        for file in files { byPath[file.path] = file }
        self.files = byPath
        self.style = style
        self.colored = colored
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic.location, diagnostic.severity, diagnostic.message, code: diagnostic.code)
        guard style == .caret else { return out }
        if let file = files[diagnostic.location.file] {
            out += snippet(file, diagnostic.location.range)
        }
        if let help = diagnostic.help {
            out += gutter("") + paint("= help: ", .blue) + help + "\n"
        }
        for fix in diagnostic.fixIts {
            out += gutter("") + paint("= fix: ", .blue) + fix.message + "\n"
        }
        for note in diagnostic.notes {
            if let location = note.location {
                out += header(location, .note, note.message, code: nil)
            } else {
                out += gutter("") + paint("= note: ", .blue) + note.message + "\n"
            }
        }
        return out
    }

    // MARK: - Parts

    private func header(_ location: SourceLocation, _ severity: Diagnostic.Severity, _ message: String,
                        code: DiagnosticCode?) -> String {
        let place: String
        if let position = files[location.file]?.position(of: location.range.start) {
            place = paint("\(location.file):\(position.line):\(position.column):", .bold)
        } else {
            place = paint("\(location.file):", .bold)
        }
        let label: String
        switch severity {
        case .error: label = paint("error:", .red)
        case .warning: label = paint("warning:", .yellow)
        case .note: label = paint("note:", .cyan)
        }
        let suffix = code.map { " [\($0.rawValue)]" } ?? ""
        return "\(place) \(label) \(message)\(suffix)\n"
    }

    private func snippet(_ file: SourceFile, _ range: SourceRange) -> String {
        let start = file.position(of: range.start)
        let end = file.position(of: range.end)
        let firstShown = max(1, start.line - Self.contextLines)
        var out = paint(String(repeating: " ", count: gutterWidth) + " |", .blue) + "\n"
        for line in firstShown...start.line {
            let text = file.lineText(line)
            if line < start.line && text.allSatisfy(\.isWhitespace) && line == firstShown { continue }
            let window = line == start.line ? window(for: text, column: start.column) : window(for: text, column: 1)
            out += gutter(String(line)) + window.text + "\n"
            if line == start.line {
                let width = end.line == start.line ? max(1, end.column - start.column) : max(1, text.count - start.column + 1)
                let caretStart = window.caretColumn(start.column)
                let shownWidth = min(width, max(1, window.width - caretStart + 1))
                out += gutter("") + String(repeating: " ", count: caretStart - 1)
                    + paint("^" + String(repeating: "~", count: shownWidth - 1), .green) + "\n"
            }
        }
        return out
    }

    private var gutterWidth: Int { 5 }

    private func gutter(_ label: String) -> String {
        let padded = String(repeating: " ", count: max(0, gutterWidth - label.count)) + label
        return paint(padded + " | ", .blue)
    }

    // MARK: - Long lines

    private struct Window {
        let text: String
        /// Scalars dropped at the front (shown as one '…').
        let dropped: Int
        let width: Int

        func caretColumn(_ column: Int) -> Int { dropped == 0 ? column : column - dropped + 1 }
    }

    /// The part of a line to show: all of it when short, else a stretch around the column.
    /// Tabs print as one space each so the caret stays aligned.
    private func window(for line: String, column: Int) -> Window {
        let scalars = Array(line.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\t" { return " " }
            return scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar
        })
        let limit = Self.maximumShownWidth
        guard scalars.count > limit else {
            return Window(text: String(String.UnicodeScalarView(scalars)), dropped: 0, width: scalars.count)
        }
        let from = max(0, min(column - 1 - limit / 3, scalars.count - limit))
        let to = min(scalars.count, from + limit)
        var text = from > 0 ? "…" : ""
        text += String(String.UnicodeScalarView(scalars[from..<to]))
        if to < scalars.count { text += "…" }
        return Window(text: text, dropped: from, width: to - from + (from > 0 ? 1 : 0))
    }

    // MARK: - Colour

    private enum Paint: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", blue = "34", green = "1;32"
    }

    private func paint(_ text: String, _ paint: Paint) -> String {
        colored ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
