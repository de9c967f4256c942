// extension.js under node's test runner, with `vscode` and `vscode-languageclient/node` replaced
// by recorders: activation finds the fact folders and starts one client with the launch settings.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('module');
const path = require('path');

const workspace = path.resolve('/work/space');
const files = {
  [path.join(workspace, 'facts/schema.yaml')]: 'kinds:\n  Person: {}\n',
  [path.join(workspace, 'api/schema.yaml')]: 'openapi: 3.0.0\n',
};

function fakes(settings) {
  const record = { clients: [], commands: {}, errors: [] };
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: workspace } }],
      getConfiguration: () => ({ get: (key) => settings[key] }),
      findFiles: async () => Object.keys(files).map((fsPath) => ({ fsPath })),
      fs: { readFile: async (uri) => Buffer.from(files[uri.fsPath]) },
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    commands: { registerCommand: (name, run) => { record.commands[name] = run; return { dispose() {} }; } },
    window: { showErrorMessage: (message) => record.errors.push(message) },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, running: false });
      record.clients.push(this);
    }
    async start() { this.running = true; }
    async stop() { this.running = false; }
  }
  return { record, modules: { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } } };
}

async function activateWith(settings) {
  const { record, modules } = fakes(settings);
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request in modules ? modules[request] : load.call(this, request, ...rest);
  };
  try {
    delete require.cache[require.resolve('../src/extension')];
    const extension = require('../src/extension');
    await extension.activate({ subscriptions: [] });
    return { record, extension };
  } finally {
    Module._load = load;
  }
}

test('activation starts dotnet factgen lsp for the YAML files of FactGen fact folders only', async () => {
  const { record } = await activateWith({ sources: '../shared/sources' });
  assert.equal(record.clients.length, 1);
  const [client] = record.clients;
  assert.equal(client.running, true);
  assert.deepEqual(client.serverOptions, { command: 'dotnet', args: ['factgen', 'lsp'], options: { cwd: workspace }, transport: 0 });
  const sources = path.join(workspace, '../shared/sources');
  assert.deepEqual(client.clientOptions.initializationOptions, { sources });
  const patterns = client.clientOptions.documentSelector.map((s) => s.pattern);
  assert.deepEqual(patterns, [`${path.join(workspace, 'facts').split(path.sep).join('/')}/**/*.{yaml,yml}`, `${sources.split(path.sep).join('/')}/**/*.txt`]);
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.{yaml,yml,txt}');
});

test('the restart command stops the running client and starts a new one', async () => {
  const { record } = await activateWith({});
  await record.commands['factgen.restartServer']();
  assert.equal(record.clients.length, 2);
  assert.equal(record.clients[0].running, false);
  assert.equal(record.clients[1].running, true);
});

test('deactivation stops the client', async () => {
  const { record, extension } = await activateWith({});
  await extension.deactivate();
  assert.equal(record.clients[0].running, false);
});
