#!/usr/bin/env bash
# Builds the VS Code extension into a .vsix and checks it: the client's tests, then what the package
# holds (the client, its manifest, its runtime dependencies) and that those load from the unpacked
# package. Usage: editors/vscode/package.sh [OUT.vsix]   (default: artifacts/factgen.vsix)
# Needs node >= 20 and npm; the pinned packages come from the npm registry through package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/../../artifacts/factgen.vsix}")"
cd "$here"

npm ci --no-audit --no-fund --loglevel=error
log=$(mktemp)
node --test test/ >"$log" 2>&1 || { cat "$log"; echo "editors/vscode: the client's tests failed" >&2; exit 1; }
echo "editors/vscode: the client's $(sed -n 's/^# pass //p' "$log") tests pass"

mkdir -p "$(dirname "$out")"
# No repository field: the extension is installed from the file, not published.
# vsce's advice to bundle is for published extensions with many dependencies: shown only on failure.
npx vsce package --allow-missing-repository --out "$out" >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -f "$log"

listing=$(unzip -Z1 "$out")
for entry in extension/package.json extension/src/extension.js extension/src/launch.js extension/readme.md \
             extension/LICENSE.txt extension/node_modules/vscode-languageclient/lib/node/main.js; do
  grep -qx "$entry" <<<"$listing" || { echo "$out lacks $entry" >&2; exit 1; }
done
if grep -E '^extension/(test/|node_modules/@vscode/vsce)' <<<"$listing"; then
  echo "$out holds tests or build tools" >&2; exit 1
fi

# The manifest in the package is ours and names the entry point it holds.
unpacked=$(mktemp -d)
unzip -q "$out" -d "$unpacked"
node -e '
  const ext = process.argv[1];
  const manifest = require(ext + "/package.json");
  if (manifest.name !== "factgen" || manifest.main !== "./src/extension.js") throw new Error("unexpected manifest");
  // The client needs the `vscode` module only VS Code provides; what it builds on must load as packaged.
  require(require.resolve("vscode-languageserver-protocol/node", { paths: [ext + "/src"] }));
  require.resolve("vscode-languageclient/node", { paths: [ext + "/src"] });
' "$unpacked/extension"
rm -rf "$unpacked"
echo "editors/vscode: $(basename "$out") ($(grep -c . <<<"$listing") files) built and checked"
