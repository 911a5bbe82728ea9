import Foundation
import PackagePlugin

/// Compiles the standard barrier catalogue (`Catalogue/barriers.ruleset`) into the engine as a string
/// constant, `StandardCatalogue.source`: `redtape` then needs no resource beside it to find the rules it
/// analyses with, and the catalogue stays a ruleset a lawyer reads, `check`s and `fmt`s in place.
@main
struct EmbedCatalogue: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalogue = target.directoryURL.appending(path: "Catalogue/barriers.ruleset")
        let source = context.pluginWorkDirectoryURL.appending(path: "StandardCatalogueSource.swift")
        return [.buildCommand(
            displayName: "Embedding the standard barrier catalogue",
            executable: try context.tool(named: "EmbedText").url,
            arguments: [catalogue.path, source.path, "StandardCatalogue", "source"],
            inputFiles: [catalogue],
            outputFiles: [source])]
    }
}
