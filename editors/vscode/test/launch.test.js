// The settings -> server launch mapping of src/launch.js, under node's test runner (no VS Code).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const launch = require('../src/launch');

const settingsOf = (values) => ({ get: (key) => values[key] });
const workspace = path.resolve('/work/space');

test('starts dotnet factgen lsp in the workspace folder by default', () => {
  const executable = launch.serverExecutable(settingsOf({}), workspace);
  assert.deepEqual(executable, { command: 'dotnet', args: ['factgen', 'lsp'], options: { cwd: workspace } });
});

test('takes the configured command and arguments', () => {
  const args = ['run', '--project', 'src/FactGen.Cli', '--', 'lsp'];
  const executable = launch.serverExecutable(settingsOf({ 'server.command': ' /opt/dotnet ', 'server.args': args }), workspace);
  assert.equal(executable.command, '/opt/dotnet');
  assert.deepEqual(executable.args, args);
});

test('ignores arguments that are not a list of strings', () => {
  assert.deepEqual(launch.serverExecutable(settingsOf({ 'server.args': 'factgen lsp' }), workspace).args, ['factgen', 'lsp']);
  assert.deepEqual(launch.serverExecutable(settingsOf({ 'server.args': [1] }), workspace).args, ['factgen', 'lsp']);
});

test('sends sources as an absolute folder in initializationOptions, and nothing when unset', () => {
  assert.deepEqual(launch.initializationOptions(settingsOf({ sources: '../shared/sources' }), workspace),
    { sources: path.join(workspace, '../shared/sources') });
  const absolute = path.resolve('/data/articles');
  assert.deepEqual(launch.initializationOptions(settingsOf({ sources: absolute }), workspace), { sources: absolute });
  assert.deepEqual(launch.initializationOptions(settingsOf({ sources: '  ' }), workspace), {});
});

test('selects the YAML files of the fact folders and the articles', () => {
  const selector = launch.documentSelector(['/repo/facts', '/repo/samples/facts'], '/shared/sources');
  assert.deepEqual(selector, [
    { scheme: 'file', language: 'yaml', pattern: '/repo/facts/**/*.{yaml,yml}' },
    { scheme: 'file', language: 'yaml', pattern: '/repo/samples/facts/**/*.{yaml,yml}' },
    { scheme: 'file', pattern: '/shared/sources/**/*.txt' },
  ]);
});

test('selects every YAML file while no fact folder is known', () => {
  assert.deepEqual(launch.documentSelector([], undefined), [{ scheme: 'file', language: 'yaml' }]);
});

test('tells FactGen schema files from other schema.yaml files', () => {
  const fs = require('fs');
  const shipped = fs.readFileSync(path.join(__dirname, '../../../facts/schema.yaml'), 'utf8');
  assert.equal(launch.isFactGenSchema(shipped), true);
  assert.equal(launch.isFactGenSchema('openapi: 3.0.0\npaths: {}\n'), false);
});

test('every setting the client reads is declared in package.json, with the default it assumes', () => {
  const declared = require('../package.json').contributes.configuration.properties;
  const read = [];
  const recorder = { get: (key) => { read.push(key); return undefined; } };
  const executable = launch.serverExecutable(recorder, workspace);
  launch.initializationOptions(recorder, workspace);
  assert.deepEqual(read.sort(), ['server.args', 'server.command', 'sources']);
  for (const key of read) assert.ok(`factgen.${key}` in declared, `factgen.${key} is not declared`);
  assert.equal(declared['factgen.server.command'].default, executable.command);
  assert.deepEqual(declared['factgen.server.args'].default, executable.args);
});
