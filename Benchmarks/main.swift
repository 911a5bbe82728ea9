import Foundation
import RedtapeKit

/// Prints the time of each phase on a generated catalog, in release mode:
///
///     swift build -c release && swift run -c release RedtapeBenchmarks              # 10,000 procedures
///     swift build -c release && swift run -c release RedtapeBenchmarks --national   # ≈128,000, 64 folders
///
/// With the `redtape` binary built beside it, it also times the commands end to end, as a user runs them.

/// Writes a line at once, unbuffered, so that a long national run shows each figure as it is measured.
func print(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

var procedures = 10_000
var national = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    if argument == "--procedures", let value = arguments.next().flatMap(Int.init) { procedures = value }
    if argument == "--national" { national = true; procedures = 128_000 }
}

// Each size in a folder of its own, so that a small run (as CI's) leaves a national catalog generated before it.
let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("redtape-benchmark-" + (national ? "national" : "\(procedures)")).path
var generator = CatalogGenerator(procedures: procedures, perFile: 50, seed: 2_024)
generator.national = national
let catalog = try generator.write(to: folder)
let megabytes = Double(catalog.bytes) / 1_048_576
let runs = procedures > 20_000 ? 1 : 5

/// The median of several runs, in seconds.
func measure(_ body: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(body) }.sorted()[runs / 2]
}

/// One run, in seconds.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func row(_ phase: String, _ seconds: Double, procedures count: Int = catalog.procedures) {
    let padded = phase + String(repeating: " ", count: max(1, 32 - phase.count))
    print(padded + String(format: "%8.3f s %9.1f MB/s %11.0f procedures/s", seconds, megabytes / seconds, Double(count) / seconds))
}

#if DEBUG
// A debug build runs several times slower than a release one, and unevenly so: its figures, and the
// comparisons with the targets, only show that the benchmark runs.
print("a debug build: these figures are not measurements; take them with 'swift run -c release RedtapeBenchmarks'")
#endif
print("catalog: \(catalog.procedures) procedures in \(catalog.files.count + 1) files, " + String(format: "%.1f MB", megabytes)
      + (national ? " (central + 63 provinces)" : "") + ", \(ProcessInfo.processInfo.activeProcessorCount) cores")
var simplifiedGenerator = generator
simplifiedGenerator.simplified = true
let simplified = try simplifiedGenerator.write(to: folder + "-simplified")

// MARK: - End to end through the binary

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("redtape").path

/// Runs the binary with its output discarded: its wall time, and its own peak memory (from `wait4`,
/// so that each command's figure is its own, not the largest of all the runs so far).
func runCommand(_ arguments: [String]) -> (seconds: Double, megabytes: Double, status: Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, Double(usage.ru_maxrss) / 1024, status)
}

if FileManager.default.isExecutableFile(atPath: binary) {
    func command(_ name: String, _ arguments: [String]) {
        let (seconds, megabytes, status) = runCommand(arguments)
        let padded = "redtape " + name + String(repeating: " ", count: max(1, 24 - name.count))
        print(padded + String(format: "%8.3f s wall %7.0f MB peak", seconds, megabytes) + (status & 0x7f != 0 || (status >> 8) & 0xff == 2 ? "  (failed)" : ""))
    }
    command("check", ["check", folder])
    command("score", ["score", folder])
    command("barriers", ["barriers", folder])
    command("diff", ["diff", folder, folder + "-simplified"])
    command("report", ["report", folder, "-o", folder + "-report.html"])
} else {
    print("(build the redtape binary with 'swift build -c release' to time the commands end to end)")
}

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
let checkSeconds = measure {
    let workspace = Workspace.load(catalog.files)
    precondition(!workspace.diagnostics.hasErrors, "the generated catalog must check clean")
    checkedProcedures = workspace.rootRulesets.reduce(0) { $0 + $1.procedures.count }
}
row("check (read, parse, check)", checkSeconds)
precondition(checkedProcedures == catalog.procedures)

let workspace = Workspace.load(catalog.files)
var scored = 0
let evaluateSeconds = measure {
    guard case .success(let assessed) = CatalogAssessment.assess(workspace) else { fatalError("the catalog must assess") }
    scored = assessed.procedures.count
}
row("evaluate (cost model)", evaluateSeconds)
precondition(scored == catalog.procedures)
let assessed = try CatalogAssessment.assess(workspace).get()
var findings = 0
row("barriers (with duplicates)", measure { findings = BarrierAnalysis.run(workspace, catalog: assessed).findings.count })
print("barrier findings: \(findings)")

let simplifiedAssessed = try CatalogAssessment.assess(Workspace.load(simplified.files)).get()
var changes = 0
row("diff (two versions)", measure { changes = DraftComparison.compare(before: assessed, after: simplifiedAssessed).changes.count })
print("diff changes: \(changes)")

let analysis = BarrierAnalysis.run(workspace, catalog: assessed)
var reportBytes = 0
row("report (HTML)", measure {
    reportBytes = ImpactReport(.catalog(assessed, analysis), workspaces: [workspace], title: "Catalog").html().utf8.count
})
print(String(format: "report size: %.1f MB (target: under 10 MB)", Double(reportBytes) / 1_048_576))

// MARK: - Foundation's JSONDecoder on the same catalog, as JSON

struct ExportedCatalog: Decodable {
    struct Ruleset: Decodable { let path: String; let procedures: [Procedure] }
    struct Procedure: Decodable {
        let id: String; let name: String?; let code: String?; let documents: [Item]; let steps: [Item]; let fees: [Item]
    }
    struct Item: Decodable { let id: String; let name: String?; let line: Int }
    let rulesets: [Ruleset]
}
if national {
    print("JSONDecoder: skipped for the national catalog (its JSON export passes 1 GB); see the 10,000-procedure run")
} else {
    let json = Data(ModelExport(workspace).json().utf8)
    var decoded = 0
    let decode = {
        decoded = (try? JSONDecoder().decode(ExportedCatalog.self, from: json))?.rulesets.reduce(0) { $0 + $1.procedures.count } ?? -1
    }
    let decodeSeconds = measure(decode)
    row("JSONDecoder (same catalog)", decodeSeconds)
    precondition(decoded == catalog.procedures, "the export must decode")
    // The two timed one right after the other, in pairs: the machine's pace moves between phases
    // measured seconds apart by as much as the ratio's margin, and a pair shares one pace.
    var ratios: [Double] = []
    for _ in 0..<runs {
        let check = seconds { _ = Workspace.load(catalog.files) }
        ratios.append(seconds(decode) / check)
    }
    ratios.sort()
    print(String(format: "JSON export: %.1f MB; check is %.1f× the speed of JSONDecoder, the median of %d pairs timed one "
                 + "after the other (%.1f×–%.1f×; target: at least 5×)",
                 Double(json.count) / 1_048_576, ratios[ratios.count / 2], ratios.count, ratios.first!, ratios.last!))
}

// MARK: - Linear growth

if !national {
    let small = try CatalogGenerator(procedures: max(procedures / 10, 100), perFile: 50, seed: 7).write(to: folder + "-small")
    let smallSeconds = measure {
        let loaded = Workspace.load(small.files)
        _ = CatalogAssessment.assess(loaded)
    }
    let largeSeconds = checkSeconds + evaluateSeconds
    let work = Double(catalog.procedures) / Double(small.procedures)
    // 10× the work in at most 11× the time: the same tenth over, whatever the two sizes.
    let limit = (1.1 * work * 10).rounded() / 10
    let limitText = limit == limit.rounded() ? String(Int(limit)) : String(format: "%.1f", limit)
    print(String(format: "scaling: %d procedures %.3f s, %d procedures %.3f s: %.1f× the time for %.0f× the work (target: at most %@×)",
                 small.procedures, smallSeconds, catalog.procedures, largeSeconds, largeSeconds / smallSeconds, work,
                 limitText))
}

