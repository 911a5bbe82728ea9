// Starts `redtape lsp` for .ruleset files.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("redtape");
  const command = settings.get("path") || "redtape";
  const lang = settings.get("lang") || "en";
  client = new LanguageClient(
    "redtape",
    "redtape",
    { command, args: ["lsp", "--lang", lang] },
    { documentSelector: [{ scheme: "file", language: "redtape" }] }
  );
  context.subscriptions.push(client);
  client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
