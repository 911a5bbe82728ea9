// Starts `redtape lsp` for .ruleset files.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("redtape").get("path") || "redtape";
  client = new LanguageClient(
    "redtape",
    "redtape",
    { command, args: ["lsp"] },
    { documentSelector: [{ scheme: "file", language: "redtape" }] }
  );
  context.subscriptions.push(client);
  client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
