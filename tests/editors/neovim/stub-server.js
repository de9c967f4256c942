#!/usr/bin/env node
// A stand-in for `factgen lsp`, just enough of the contract (docs/editors.md) for session.lua:
// incremental sync, FG0013 for a Country reference that names no fact, hover on a citation (the
// paragraph), definition of a reference (the declaring line). It exists to prove the Neovim
// harness itself: that it passes against a server that answers right and fails, in time and with
// a reason, against one that does not (FACTGEN_STUB_FAULT, see selftest.sh). It proves nothing
// about FactGen's server; run.sh runs the harness against that.
// Usage: stub-server.js   (stdio; FACTGEN_STUB_FAULT=hover|definition|diagnostic|stale|silent|crash|linger)
'use strict';

const fs = require('fs');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');

const fault = process.env.FACTGEN_STUB_FAULT || '';
const documents = new Map();
let root = process.cwd();
let sources = '';

// --- The wire: Content-Length framed JSON-RPC over stdin and stdout (LSP base protocol).
let input = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  input = Buffer.concat([input, chunk]);
  for (;;) {
    const headerEnd = input.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(input.subarray(0, headerEnd).toString())[1]);
    if (input.length < headerEnd + 4 + length) return;
    const message = JSON.parse(input.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    input = input.subarray(headerEnd + 4 + length);
    handle(message);
  }
});
process.stdin.on('end', () => process.exit(0));

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function handle(message) {
  const answer = handlers[message.method];
  if (message.id === undefined) { if (answer) answer(message.params); return; }
  if (!answer) { send({ id: message.id, error: { code: -32601, message: `no ${message.method}` } }); return; }
  // A handler may answer later (or, for the 'silent' fault, never).
  Promise.resolve(answer(message.params)).then((result) => send({ id: message.id, result: result ?? null }));
}

const handlers = {
  initialize(params) {
    if (fault === 'silent') return new Promise(() => {}); // never answers
    root = fileURLToPath(params.workspaceFolders?.[0]?.uri ?? params.rootUri);
    sources = params.initializationOptions?.sources ?? '';
    return { capabilities: { textDocumentSync: { openClose: true, change: 2 }, hoverProvider: true, definitionProvider: true } };
  },
  'textDocument/didOpen'({ textDocument }) {
    if (fault === 'crash') process.exit(3);
    documents.set(textDocument.uri, textDocument.text);
    publish(textDocument.uri);
  },
  'textDocument/didChange'({ textDocument, contentChanges }) {
    let text = documents.get(textDocument.uri);
    for (const change of contentChanges) {
      text = change.range ? text.slice(0, offset(text, change.range.start)) + change.text + text.slice(offset(text, change.range.end)) : change.text;
    }
    documents.set(textDocument.uri, text);
    publish(textDocument.uri);
  },
  'textDocument/hover'({ textDocument, position }) {
    const lines = documents.get(textDocument.uri).split('\n');
    if (!/^\s+quote:/.test(lines[position.line])) return null;
    let source, paragraph;
    for (let row = position.line - 1; row >= 0 && !source; row--) {
      paragraph ??= /paragraph:\s*(\d+)/.exec(lines[row])?.[1];
      source = /source:\s*(\S+)/.exec(lines[row])?.[1];
    }
    const text = paragraphText(source, Number(paragraph) + (fault === 'hover' ? 1 : 0));
    return { contents: { kind: 'markdown', value: `**${source}** ¶${paragraph}\n\n${text}` } };
  },
  'textDocument/definition'({ textDocument, position }) {
    const line = documents.get(textDocument.uri).split('\n')[position.line];
    const id = /:\s*([\w-]+)\s*$/.exec(line)?.[1];
    const found = id && declarations().get(id);
    if (!found) return null;
    const uri = fault === 'definition' ? textDocument.uri : pathToFileURL(found.file).href;
    return [{ uri, range: { start: { line: found.line, character: 0 }, end: { line: found.line, character: 0 } } }];
  },
  shutdown() { return null; },
  exit() { if (fault !== 'linger') process.exit(0); }, // 'linger' outlives exit until its input closes
};

// FG0013 for every `country:` value that no fact in the workspace declares.
function publish(uri) {
  const ids = declarations();
  const diagnostics = [];
  documents.get(uri).split('\n').forEach((line, row) => {
    const match = /^(\s+country:\s*)([\w-]+)\s*$/.exec(line);
    if (!match || ids.has(match[2]) || fault === 'diagnostic') return;
    const range = { start: { line: row, character: match[1].length }, end: { line: row, character: match[0].trimEnd().length } };
    diagnostics.push({ range, severity: 1, code: 'FG0013', source: 'factgen', message: `No Country has the id '${match[2]}'` });
  });
  if (fault === 'stale' && diagnostics.length === 0 && documents.has(`stale:${uri}`)) return;
  if (diagnostics.length > 0) documents.set(`stale:${uri}`, '');
  send({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics } });
}

// Every `- id:` in the fact files on disk, with its file and 0-based line.
function declarations() {
  const ids = new Map();
  const facts = path.join(root, 'facts');
  for (const name of fs.readdirSync(facts).filter((n) => n.endsWith('.yaml'))) {
    fs.readFileSync(path.join(facts, name), 'utf8').split('\n').forEach((line, row) => {
      const id = /^\s*-\s+id:\s*([\w-]+)\s*$/.exec(line)?.[1];
      if (id) ids.set(id, { file: path.join(facts, name), line: row });
    });
  }
  return ids;
}

function paragraphText(sourceId, number) {
  const yaml = fs.readFileSync(path.join(root, 'facts/sources.yaml'), 'utf8');
  const file = new RegExp(`id: ${sourceId}\\s+file: (\\S+)`).exec(yaml)[1];
  const paragraphs = fs.readFileSync(path.join(sources, file), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs[number] ?? '';
}

// LSP positions count UTF-16 code units, as JavaScript strings do.
function offset(text, { line, character }) {
  let at = 0;
  for (let row = 0; row < line; row++) at = text.indexOf('\n', at) + 1;
  return at + character;
}
