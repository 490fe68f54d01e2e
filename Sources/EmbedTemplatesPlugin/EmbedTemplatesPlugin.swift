import Foundation
import PackagePlugin

/// Compiles the files in the package's `templates/` folder into the target as string constants,
/// so a binary copied alone to another host still renders its reports, while `templates/`
/// stays the single source.
@main
struct EmbedTemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templatesDir = context.package.directoryURL.appendingPathComponent("templates")
        let files =
            (try? FileManager.default.contentsOfDirectory(at: templatesDir, includingPropertiesForKeys: nil)) ?? []
        let inputs = files.filter { $0.pathExtension == "mustache" || $0.pathExtension == "css" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) report templates",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
