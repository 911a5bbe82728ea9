import Foundation
import RedtapeKit

/// `redtape diff`: two drafts compared, every change with its effect on the annual burden.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two drafts: the change in the burden, change by change, with honesty checks.",
        discussion: "Each side is a ruleset file, a folder of rulesets, or REV:PATH to read it from a git revision\n"
            + "(for example main:Rulesets/vn). The contributions of the changes add up to the total change.\n"
            + "Exit status 1 when --target is not met or, with --fail-on-increase, when the burden grows.",
        arguments: [
            .init(name: "before", help: "The draft before: a file, a folder or REV:PATH.", repeating: false),
            .init(name: "after", help: "The draft after: a file, a folder or REV:PATH.", repeating: false),
        ],
        options: [
            .format(["text", "markdown", "json", "csv"]),
            .init(name: "target", value: "percent", help: "Fail unless the burden falls by at least this much (e.g. 20%)."),
            .init(name: "fail-on-increase", value: nil, help: "Fail when the burden grows."),
            .init(name: "git-driver", value: nil,
                  help: "Take the seven arguments git passes to an external diff driver (see docs/REVIEW.md)."),
            .language,
        ])

    static func run(_ arguments: ParsedArguments) throws(UsageError) -> ExitStatus {
        let target = try parseTarget(arguments.value("target"), spec: spec)
        let sides: (CatalogScan, CatalogScan)
        if arguments.flag("git-driver") {
            guard arguments.positional.count == 7 else {
                throw UsageError("'--git-driver' takes the seven arguments git passes: path old-file old-hex old-mode new-file new-hex new-mode.", spec: spec)
            }
            sides = gitDriverSides(arguments.positional)
        } else {
            guard arguments.positional.count == 2 else {
                throw UsageError(arguments.positional.count < 2 ? "Missing expected argument '<before> <after>'."
                                 : "Unexpected argument '\(arguments.positional[2])'.", spec: spec)
            }
            sides = scanDrafts(arguments.positional[0], arguments.positional[1])
        }
        guard let (comparison, workspaces, _) = compareScans(sides.0, sides.1) else { return .failure }
        UntilExit.keep(sides, comparison)
        let report = DiffReport(comparison, files: workspaces.flatMap(\.files), target: target, language: language(arguments),
                                colored: isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        switch arguments.value("format") ?? "text" {
        case "markdown": Terminal.write(report.markdown())
        case "json": Terminal.write(report.json())
        case "csv": Terminal.write(report.csv())
        default: Terminal.write(report.text())
        }
        if report.targetMet == false { return .findings }
        if arguments.flag("fail-on-increase"), comparison.delta.likely > 0 { return .findings }
        return .success
    }

    /// git passes: path old-file old-hex old-mode new-file new-hex new-mode. Each side is read under the
    /// file's own path, so that its imports resolve beside it in the working tree; the side before is
    /// timed from the start of the side after, as `scanDrafts` does.
    private static func gitDriverSides(_ arguments: [String]) -> (CatalogScan, CatalogScan) {
        let path = arguments[0]
        func side(_ file: String, timedFrom: CalendarDate?) -> CatalogScan {
            let bytes = file == "/dev/null" ? [] : (FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? [])
            return CatalogScan.run([path], keeping: .items, findingBarriers: true, timedFrom: timedFrom,
                                   reader: OverlayReader(files: [path: bytes], base: FileSystemReader()))
        }
        let after = side(arguments[4], timedFrom: nil)
        return (side(arguments[1], timedFrom: after.start), after)
    }
}
