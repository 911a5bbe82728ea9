import Foundation

/// Splits a byte stream into Language Server Protocol messages: `Content-Length: N` headers, a blank
/// line, then N bytes of JSON. A malformed header is reported and skipped, never fatal.
public struct MessageFraming: Sendable {
    public enum Frame: Equatable, Sendable {
        case message(Data)
        /// A header block that could not be read; the bytes up to the next blank line were dropped.
        case malformedHeader(String)
    }

    /// Messages larger than this are refused, so that a wrong length cannot make the server wait for ever.
    public static let maximumLength = 64 * 1024 * 1024

    private var buffer: [UInt8] = []

    public init() {}

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        guard let headerEnd = find([13, 10, 13, 10]) else { return nil }
        let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == "content-length" { length = Int(parts[1]) }
        }
        guard let length, length >= 0, length <= Self.maximumLength else {
            buffer.removeSubrange(..<(headerEnd + 4))
            return .malformedHeader(header)
        }
        let bodyStart = headerEnd + 4
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Data(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeSubrange(..<(bodyStart + length))
        return .message(body)
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        var index = 0
        while index <= buffer.count - pattern.count {
            if buffer[index] == pattern[0], Array(buffer[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// A message framed for sending.
    public static func frame(_ json: String) -> Data {
        let body = Data(json.utf8)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
