// swift-tools-version: 6.1
import PackageDescription

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
        .executableTarget(name: "redtape", dependencies: ["RedtapeKit"]),
        .executableTarget(
            name: "RedtapeBenchmarks",
            dependencies: ["RedtapeKit"],
            path: "Benchmarks"
        ),
        .testTarget(name: "RedtapeKitTests", dependencies: ["RedtapeKit"], exclude: ["Fixtures"]),
        .testTarget(name: "RedtapeCLITests", dependencies: ["redtape"]),
    ]
)
