// The FactGen extension: starts `factgen lsp` (docs/editors.md) for the YAML files of the fact
// folders in the workspace. Everything else (diagnostics, hover, completion, navigation, rename,
// quick fixes) is the server's; this file only launches it and restarts it when settings change.
'use strict';

const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const launch = require('./launch');

/** @type {LanguageClient | undefined} */
let client;

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('factgen.restartServer', () => restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factgen.server') || e.affectsConfiguration('factgen.sources')) restart();
    }),
    { dispose: () => stop() },
  );
  await start();
}

async function start() {
  const settings = vscode.workspace.getConfiguration('factgen');
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const executable = launch.serverExecutable(settings, workspaceFolder);
  const initializationOptions = launch.initializationOptions(settings, workspaceFolder);
  const factFolders = await findFactFolders();

  client = new LanguageClient(
    'factgen',
    'FactGen',
    { ...executable, transport: TransportKind.stdio },
    {
      documentSelector: launch.documentSelector(factFolders, initializationOptions.sources),
      initializationOptions,
      // The server re-reads fact files and articles changed on disk (workspace/didChangeWatchedFiles).
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,txt}') },
    },
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `FactGen: could not start '${executable.command} ${executable.args.join(' ')}' (${error.message}). ` +
      'Set factgen.server.command and factgen.server.args, or run `dotnet tool restore`.');
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function restart() {
  await stop();
  await start();
}

/** The folders holding FactGen's schema.yaml: the fact folders the server works on. */
async function findFactFolders() {
  const schemas = await vscode.workspace.findFiles('**/schema.yaml', '**/{node_modules,bin,obj,.git}/**');
  const folders = [];
  for (const uri of schemas) {
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    if (launch.isFactGenSchema(text)) folders.push(path.dirname(uri.fsPath));
  }
  return folders;
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
