import Foundation

/// Writes a text file into a Swift source file as one string constant, so that the text is part of the
/// binary that holds it: `EmbedText <input> <output> <type> <constant>` writes
/// `extension <type> { static let <constant> = … }`.
///
/// The standard barrier catalogue is kept as a ruleset people read and edit; compiled in, it travels with
/// `redtape` wherever the binary is copied, with no resource folder to lose.
let arguments = CommandLine.arguments
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: EmbedText <input> <output> <type> <constant>\n".utf8))
    exit(2)
}
let (input, output, type, constant) = (arguments[1], arguments[2], arguments[3], arguments[4])
guard let data = FileManager.default.contents(atPath: input), let text = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("error: cannot read '\(input)' as UTF-8 text\n".utf8))
    exit(2)
}

/// A raw string literal with as many `#` as it takes for no line of the text to end it or to start an escape.
var delimiter = "#"
while text.contains("\"\"\"" + delimiter) || text.contains("\\" + delimiter) { delimiter += "#" }

// In a multi-line literal the line breaks after the opening and before the closing quotes are not part of
// the value, so the text is kept byte for byte, its last line break included.
let source = """
    // Generated at build time from \(URL(fileURLWithPath: input).lastPathComponent): edit that file, not this one.
    extension \(type) {
        static let \(constant) = \(delimiter)\"\"\"
    \(text)
    \"\"\"\(delimiter)
    }

    """
// Written beside the output and renamed over it, so that an interrupted build never leaves half a
// source file; Foundation's atomic write would leave a folder behind in the system's temporary folder.
let partial = output + ".partial"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: partial))
    guard rename(partial, output) == 0 else { throw CocoaError(.fileWriteUnknown) }
} catch {
    unlink(partial)
    FileHandle.standardError.write(Data("error: cannot write '\(output)': \(error.localizedDescription)\n".utf8))
    exit(2)
}
