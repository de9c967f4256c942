// How the extension starts the server and what it sends it, from the user's settings. Kept apart
// from extension.js (and free of the `vscode` module) so the tests run it under plain node.
'use strict';

const path = require('path');

const defaultCommand = 'dotnet';
const defaultArgs = ['factgen', 'lsp'];

/**
 * The executable that `vscode-languageclient` spawns: `dotnet factgen lsp` unless the settings
 * say otherwise, run in the workspace folder so that a local tool manifest is found.
 * @param {{ get(key: string): unknown }} settings the `factgen` configuration section
 * @param {string | undefined} workspaceFolder the first workspace folder's path
 */
function serverExecutable(settings, workspaceFolder) {
  const command = nonEmptyString(settings.get('server.command')) ?? defaultCommand;
  const configuredArgs = settings.get('server.args');
  const args = Array.isArray(configuredArgs) && configuredArgs.every((a) => typeof a === 'string')
    ? configuredArgs
    : defaultArgs;
  return { command, args, options: workspaceFolder ? { cwd: workspaceFolder } : {} };
}

/**
 * The `initializationOptions` of the contract: `sources`, the articles' folder, made absolute
 * against the workspace folder; left out when not set, so the server finds the articles itself.
 */
function initializationOptions(settings, workspaceFolder) {
  const sources = nonEmptyString(settings.get('sources'));
  if (!sources) return {};
  const absolute = path.isAbsolute(sources) || !workspaceFolder
    ? sources
    : path.join(workspaceFolder, sources);
  return { sources: absolute };
}

/**
 * The documents the client hands the server: YAML files in the fact folders (folders holding a
 * FactGen `schema.yaml`), and the articles (for "cite this" from a selection) when their folder is
 * known. With no fact folder found yet, every YAML file: the server answers empty for the others.
 * @param {string[]} factFolders absolute paths of the folders holding FactGen's schema.yaml
 * @param {string | undefined} sourcesFolder the absolute articles folder, if configured
 */
function documentSelector(factFolders, sourcesFolder) {
  const yaml = factFolders.length === 0
    ? [{ scheme: 'file', language: 'yaml' }]
    : factFolders.map((folder) => ({ scheme: 'file', language: 'yaml', pattern: globUnder(folder, '**/*.{yaml,yml}') }));
  const articles = sourcesFolder ? [{ scheme: 'file', pattern: globUnder(sourcesFolder, '**/*.txt') }] : [];
  return [...yaml, ...articles];
}

/** FactGen's schema has a top-level `kinds:` map; other tools' schema.yaml files do not. */
function isFactGenSchema(text) {
  return /^kinds:\s*$/m.test(text);
}

function globUnder(folder, glob) {
  // Glob patterns take forward slashes on every platform.
  return `${folder.split(path.sep).join('/')}/${glob}`;
}

function nonEmptyString(value) {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

module.exports = { serverExecutable, initializationOptions, documentSelector, isFactGenSchema };
