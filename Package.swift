// swift-tools-version: 6.1
import PackageDescription

// A release build links the Swift runtime and Foundation in: a run starts in 4 ms rather than 11 (a
// check on save, git's diff driver), and calls into the runtime, a retain or a release, go direct. The
// executable's own module is compiled for it too, so that it names the libraries Foundation needs.
// A debug build, which the tests run, links them as shared libraries, as the test runner does.
let staticRuntime: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
let staticImports: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "redtape",
    products: [
        .library(name: "RedtapeKit", targets: ["RedtapeKit"]),
        .executable(name: "redtape", targets: ["redtape"]),
    ],
    targets: [
        // The standard barrier catalogue is compiled in (see Sources/EmbedCatalogue), so the binary carries it.
        .target(name: "RedtapeKit", exclude: ["Catalogue/barriers.ruleset"], plugins: ["EmbedCatalogue"]),
        .plugin(name: "EmbedCatalogue", capability: .buildTool(), dependencies: ["EmbedText"], path: "Sources/EmbedCatalogue"),
        .executableTarget(name: "EmbedText"),
        .executableTarget(name: "redtape", dependencies: ["RedtapeKit"], swiftSettings: staticImports, linkerSettings: staticRuntime),
        .executableTarget(
            name: "RedtapeBenchmarks",
            dependencies: ["RedtapeKit"],
            path: "Benchmarks",
            swiftSettings: staticImports,
            linkerSettings: staticRuntime
        ),
        .testTarget(name: "RedtapeKitTests", dependencies: ["RedtapeKit"], exclude: ["Fixtures"]),
        .testTarget(name: "RedtapeCLITests", dependencies: ["redtape"]),
    ]
)
