import Foundation

/// Inline SVG charts. Each has a title for screen readers; the reports put a data table beside it.
enum Charts {
    struct Bar {
        let label: String
        let value: Exact
        let text: String
        /// What the bar stands for in full, shown when the pointer rests on it: its label is cut short.
        var detail: String?
    }

    /// Horizontal bars, longest first as given.
    static func bars(_ bars: [Bar], title: String) -> HTMLNode {
        let rowHeight = 26
        let labelWidth = 240
        let width = 720
        let height = bars.count * rowHeight + 10
        let maximum = bars.map { abs($0.value) }.max() ?? 1
        var children: [HTMLNode] = [H.el("title", text: title)]
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 5
            let length = maximum == 0 ? 0 : (abs(bar.value) / maximum * Exact(width - labelWidth - 150)).integerValue
            children.append(H.el("text", [("x", "0"), ("y", String(y + 17)), ("class", "label")], text: shorten(bar.label, 34)))
            children.append(H.el("rect", [("x", String(labelWidth)), ("y", String(y + 4)), ("width", String(max(length, 1))),
                                          ("height", String(rowHeight - 8)), ("class", "bar")]))
            children.append(H.el("text", [("x", String(labelWidth + length + 6)), ("y", String(y + 17)), ("class", "value")], text: bar.text))
        }
        return svg(width: width, height: height, title: title, children)
    }

    /// A waterfall: the total before, each change as a step up or down, the total after.
    static func waterfall(before: (String, Exact, String), steps: [Bar], after: (String, Exact, String), title: String) -> HTMLNode {
        let columns = steps.count + 2
        let columnWidth = max(44, min(90, 700 / columns))
        let width = columns * columnWidth + 20
        let plotHeight = 220
        var running = before.1
        var levels: [Exact] = [0, before.1]
        for step in steps {
            running += step.value
            levels.append(running)
        }
        levels.append(after.1)
        let top = levels.max() ?? 1
        let bottom = min(levels.min() ?? 0, 0)
        let span = top - bottom == 0 ? 1 : top - bottom
        func y(_ value: Exact) -> Int {
            10 + ((top - value) / span * Exact(plotHeight)).integerValue
        }
        var children: [HTMLNode] = [H.el("title", text: title)]
        // Labels at 12 px take about 7 px a character. When one does not fit under its column, every
        // other label stands a line lower, so that each may take the width of two columns.
        let fits = (columnWidth - 6) / 7
        let staggered = ([before.0, after.0] + steps.map(\.label)).contains { $0.count > fits }
        let labelLength = staggered ? (2 * columnWidth - 6) / 7 : fits
        func column(_ index: Int, from: Exact, to: Exact, cls: String, label: String, text: String, detail: String? = nil) {
            let x = 10 + index * columnWidth
            let y1 = y(max(from, to))
            let y2 = y(min(from, to))
            children.append(H.el("rect", [("x", String(x + 4)), ("y", String(y1)), ("width", String(columnWidth - 8)),
                                          ("height", String(max(y2 - y1, 1))), ("class", cls)],
                                 detail.map { [H.el("title", text: $0 + ": " + text)] } ?? []))
            let line = staggered && index % 2 == 1 ? 14 : 0
            children.append(H.el("text", [("x", String(x + columnWidth / 2)), ("y", String(plotHeight + 28 + line)), ("class", "tick")],
                                 text: shorten(label, labelLength)))
            // A figure above its column, at 10 px about 6 px a character, wider than the column (`1,4 nghìn tỷ`
            // among a dozen changes) is drawn narrower to fit it, rather than run into its neighbour's.
            let figureWidth = columnWidth - 4
            let narrowed = text.count * 6 > figureWidth ? [("textLength", String(figureWidth)), ("lengthAdjust", "spacingAndGlyphs")] : []
            children.append(H.el("text", [("x", String(x + columnWidth / 2)), ("y", String(max(y1 - 4, 9))), ("class", "tick small")] + narrowed,
                                 text: text))
        }
        column(0, from: 0, to: before.1, cls: "total", label: before.0, text: before.2)
        running = before.1
        for (index, step) in steps.enumerated() {
            column(index + 1, from: running, to: running + step.value, cls: step.value < 0 ? "down" : "up", label: step.label,
                   text: step.text, detail: step.detail)
            running += step.value
        }
        column(columns - 1, from: 0, to: after.1, cls: "total", label: after.0, text: after.2)
        return svg(width: width, height: plotHeight + (staggered ? 54 : 40), title: title, children)
    }

    /// A timeline of steps in working days; steps on the critical path stand out.
    /// `outside`: the steps whose days the statutory limit does not count, drawn apart; `limit`, the
    /// day the limit falls on, those days added.
    static func timeline(_ schedule: [ScheduledStep], critical: Set<String>, outside: Set<String> = [], names: [String: String],
                         title: String, limit: Int?) -> HTMLNode {
        let rowHeight = 24
        let labelWidth = 220
        let width = 720
        let days = max(schedule.map(\.finish).max() ?? 1, limit ?? 0, 1)
        let scale = Double(width - labelWidth - 20) / Double(days)
        let height = schedule.count * rowHeight + 30
        var children: [HTMLNode] = [H.el("title", text: title)]
        for (index, step) in schedule.enumerated() {
            let y = index * rowHeight + 4
            let x = labelWidth + Int(Double(step.start) * scale)
            let length = max(Int(Double(step.finish - step.start) * scale), 3)
            children.append(H.el("text", [("x", "0"), ("y", String(y + 15)), ("class", "label")],
                                 text: shorten(names[step.step] ?? step.step, 30)))
            children.append(H.el("rect", [("x", String(x)), ("y", String(y + 3)), ("width", String(length)),
                                          ("height", String(rowHeight - 8)),
                                          ("class", (critical.contains(step.step) ? "critical" : "bar") + (outside.contains(step.step) ? " outside" : ""))]))
        }
        if let limit {
            let x = labelWidth + Int(Double(limit) * scale)
            children.append(H.el("line", [("x1", String(x)), ("x2", String(x)), ("y1", "0"), ("y2", String(height - 18)), ("class", "limit")]))
        }
        children.append(H.el("text", [("x", String(labelWidth)), ("y", String(height - 4)), ("class", "tick")], text: "0"))
        children.append(H.el("text", [("x", String(width - 20)), ("y", String(height - 4)), ("class", "tick")], text: String(days)))
        return svg(width: width, height: height, title: title, children)
    }

    private static func svg(width: Int, height: Int, title: String, _ children: [HTMLNode]) -> HTMLNode {
        H.el("svg", [("viewBox", "0 0 \(width) \(height)"), ("width", "100%"), ("role", "img"), ("aria-label", title),
                     ("xmlns", "http://www.w3.org/2000/svg"), ("preserveAspectRatio", "xMinYMin meet")], children)
    }

    static func shorten(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
