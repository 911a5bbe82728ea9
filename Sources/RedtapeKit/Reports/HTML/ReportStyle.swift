/// The report's style sheet: readable on a phone, printable on A4, no external fonts or images.
enum ReportStyle {
    static let css: StaticString = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d8dce4; --accent: #1f5fa8; --down: #2e7d32; --up: #c62828; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
               margin: 0 auto; max-width: 1040px; padding: 24px 16px 64px; }
        h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 18px 0 6px; }
        .sub, .src { color: var(--muted); font-size: .85rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
        .card .k { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
        .card .v { font-size: 1.15rem; font-weight: 600; overflow-wrap: anywhere; }
        .met { color: var(--down); font-weight: 600; } .missed { color: var(--up); font-weight: 600; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f6f9; } td.n, th.n { text-align: right; white-space: nowrap; }
        details { border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; margin: 8px 0; }
        summary { cursor: pointer; font-weight: 600; }
        svg { max-width: 100%; height: auto; font-size: 12px; }
        svg .label { fill: var(--ink); } svg .value, svg .tick { fill: var(--muted); text-anchor: middle; }
        svg .value { text-anchor: start; } svg .small { font-size: 10px; }
        svg .bar { fill: var(--accent); } svg .critical { fill: var(--up); } svg .total { fill: #546e7a; }
        svg .down { fill: var(--down); } svg .up { fill: var(--up); } svg .limit { stroke: var(--muted); stroke-dasharray: 4 3; }
        svg .outside { fill-opacity: 0.35; stroke: var(--muted); stroke-dasharray: 3 2; }
        .sev-high { color: var(--up); font-weight: 600; } .sev-medium { color: #b26a00; } .sev-low { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          details { break-inside: avoid; border: none; padding: 0; }
          details::details-content { content-visibility: visible; display: block; }
          h2 { break-before: auto; break-after: avoid; } table, svg { break-inside: avoid; }
          .scroll { overflow: visible; }
        }
        @page { size: A4; margin: 16mm; }
        """

    static let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
}
