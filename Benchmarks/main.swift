import Foundation
import RedtapeKit

/// Prints throughput figures for the front end on a generated catalog.
/// Run in release mode: `swift run -c release RedtapeBenchmarks [--procedures N]`.

var procedures = 10_000
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    if argument == "--procedures", let value = arguments.next().flatMap(Int.init) { procedures = value }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redtape-benchmark-catalog").path
let catalog = try CatalogGenerator(procedures: procedures, perFile: 50, seed: 2_024).write(to: folder)
let megabytes = Double(catalog.bytes) / 1_048_576

/// The median of five runs, in seconds.
func measure(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[2]
}

func row(_ phase: String, _ seconds: Double) {
    let padded = phase + String(repeating: " ", count: max(1, 30 - phase.count))
    print(padded + String(format: "%8.3f s %9.1f MB/s %11.0f procedures/s",
                          seconds, megabytes / seconds, Double(catalog.procedures) / seconds))
}

print("catalog: \(catalog.procedures) procedures in \(catalog.files.count + 1) files, "
      + String(format: "%.1f MB", megabytes))
let sources = catalog.files.map { SourceFile(path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }

row("read files", measure { for path in catalog.files { _ = FileManager.default.contents(atPath: path) } })
row("byte scan (floor)", measure {
    var lines = 0
    for file in sources { for byte in file.bytes where byte == 10 { lines += 1 } }
    precondition(lines > 0)
})
row("lex", measure { for file in sources { _ = Lexer.tokenize(file) } })
row("parse (lex + parse)", measure { for file in sources { _ = Parser.parse(file) } })
var checkedProcedures = 0
row("check (read, parse, check)", measure {
    let workspace = Workspace.load(catalog.files)
    precondition(!workspace.diagnostics.hasErrors, "the generated catalog must check clean")
    checkedProcedures = workspace.rootRulesets.reduce(0) { $0 + $1.procedures.count }
})
precondition(checkedProcedures == catalog.procedures)

let workspace = Workspace.load(catalog.files)
var scored = 0
row("evaluate (cost model)", measure {
    guard case .success(let assessed) = CatalogAssessment.assess(workspace) else { fatalError("the catalog must assess") }
    scored = assessed.procedures.count
})
precondition(scored == catalog.procedures)
row("score (check + evaluate)", measure {
    let loaded = Workspace.load(catalog.files)
    guard case .success = CatalogAssessment.assess(loaded) else { fatalError("the catalog must assess") }
})

let assessed = try CatalogAssessment.assess(workspace).get()
var findings = 0
row("barriers (with duplicates)", measure { findings = BarrierAnalysis.run(workspace, catalog: assessed).findings.count })
print("barrier findings: \(findings)")

let simplifiedFolder = folder + "-simplified"
var simplifiedGenerator = CatalogGenerator(procedures: procedures, perFile: 50, seed: 2_024)
simplifiedGenerator.simplified = true
let simplified = try simplifiedGenerator.write(to: simplifiedFolder)
let simplifiedWorkspace = Workspace.load(simplified.files)
let simplifiedAssessed = try CatalogAssessment.assess(simplifiedWorkspace).get()
var changes = 0
row("diff (two versions)", measure {
    changes = DraftComparison.compare(before: assessed, after: simplifiedAssessed).changes.count
})
print("diff changes: \(changes)")

let analysis = BarrierAnalysis.run(workspace, catalog: assessed)
var reportBytes = 0
row("report (HTML)", measure {
    reportBytes = ImpactReport(.catalog(assessed, analysis), workspaces: [workspace], title: "Catalog").html().utf8.count
})
print(String(format: "report size: %.1f MB (target: under 10 MB)", Double(reportBytes) / 1_048_576))
