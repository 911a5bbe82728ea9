/// Converts between byte offsets and the editor's positions: 0-based lines and UTF-16 code units,
/// as the Language Server Protocol counts them.
struct TextPositions {
    let file: SourceFile

    func position(of offset: Int) -> (line: Int, character: Int) {
        let position = file.position(of: offset)
        let lineStart = file.lineStarts[position.line - 1]
        let end = max(lineStart, min(offset, file.bytes.count))
        let prefix = String(decoding: file.bytes[lineStart..<end], as: UTF8.self)
        return (position.line - 1, prefix.utf16.count)
    }

    func offset(line: Int, character: Int) -> Int {
        guard line >= 0, line < file.lineStarts.count else { return file.bytes.count }
        let lineStart = file.lineStarts[line]
        let lineEnd = line + 1 < file.lineStarts.count ? file.lineStarts[line + 1] : file.bytes.count
        let text = String(decoding: file.bytes[lineStart..<lineEnd], as: UTF8.self)
        var units = 0
        var bytes = 0
        for scalar in text.unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            bytes += scalar.utf8.count
        }
        return lineStart + bytes
    }
}
