#!/usr/bin/env bash
# Neovim as the curator's editor, headless, against a language server: session.lua opens
# facts/people.yaml, reads a hover on a citation and a definition back, types a misspelt id and
# waits for FG0013 and for it to clear (issue 28). Exits non-zero on any failure or after a timeout.
#   tests/editors/neovim/run.sh                      FactGen's server: dotnet run --project src/FactGen.Cli --no-build -- lsp
#   tests/editors/neovim/run.sh CMD [ARGS...]        any other server (selftest.sh passes the stub)
# Needs nvim 0.7+ (Debian's neovim), a built src/FactGen.Cli for the default, and the articles:
# FACTGEN_SOURCES, else $FACTGEN_SHARED/sources, else ../shared/sources beside the repository.
# FACTGEN_NEOVIM_TIMEOUT (seconds, default 300) bounds the whole session; FACTGEN_STEP_TIMEOUT_MS
# (default 60000) each wait for the server.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
[ $# -gt 0 ] || set -- dotnet run --project "$root/src/FactGen.Cli" --no-build -- lsp
export FACTGEN_ROOT="$root"
export FACTGEN_SOURCES="${FACTGEN_SOURCES:-${FACTGEN_SHARED:-$root/../shared}/sources}"
FACTGEN_LSP_CMD="$(printf '%s\n' "$@")"
export FACTGEN_LSP_CMD
command -v nvim >/dev/null || { echo "run.sh: nvim is not installed (apt-get install -y neovim)" >&2; exit 2; }
cd "$root"
timeout --kill-after=10 "${FACTGEN_NEOVIM_TIMEOUT:-300}" \
  nvim --headless -u NONE -i NONE -n -c "luafile $here/session.lua" </dev/null || {
  status=$?
  [ "$status" -ne 124 ] || echo "neovim: FAILED: the session did not end within ${FACTGEN_NEOVIM_TIMEOUT:-300} s" >&2
  exit "$status"
}
