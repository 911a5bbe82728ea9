// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "redtape",
    products: [
        .library(name: "RedtapeKit", targets: ["RedtapeKit"]),
        .executable(name: "redtape", targets: ["redtape"]),
    ],
    targets: [
        .target(name: "RedtapeKit", resources: [.copy("Catalogue/barriers.ruleset")]),
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
