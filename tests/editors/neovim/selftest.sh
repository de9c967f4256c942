#!/usr/bin/env bash
# Proves the Neovim harness (run.sh + session.lua) against stub-server.js: it passes against a
# server that answers as the contract says, and fails, with the reason, in bounded time, against
# each way a server can be wrong (FACTGEN_STUB_FAULT). Runs wherever nvim 0.7+ and node are.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
stub=("node" "$here/stub-server.js")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cases=0 failures=0

# expect FAULT STATUS REASON: the session against the stub with FAULT ends with STATUS and, when it
# fails, says REASON.
expect() {
  local fault="$1" want_status="$2" want_reason="$3" status=0
  cases=$((cases + 1))
  FACTGEN_STUB_FAULT="$fault" "$here/run.sh" "${stub[@]}" >"$log" 2>&1 || status=$?
  if [ "$status" -ne "$want_status" ] || ! grep -q -- "$want_reason" "$log"; then
    failures=$((failures + 1))
    echo "neovim harness self-test: with fault '${fault:-none}' expected exit $want_status and '$want_reason', got $status:" >&2
    sed 's/^/  /' "$log" >&2
  fi
}

expect ""           0 "all steps passed"
export FACTGEN_STEP_TIMEOUT_MS=3000
expect hover        1 "did not show the paragraph"
expect definition   1 "not to the line declaring it in another file"
expect diagnostic   1 "timed out after 3000 ms waiting for FG0013"
# The line is wherever the session finds the reference in the shipped people.yaml: not pinned here.
expect stale        1 "waiting for the diagnostics of line [0-9]* to clear"
expect silent       1 "timed out after 3000 ms waiting for initialize"
expect crash        1 "the server exited (code 3)"
expect linger       1 "did not exit within 3000 ms of shutdown and exit"
# The whole session is bounded too: a server that never answers, with patient steps.
FACTGEN_STEP_TIMEOUT_MS=600000 FACTGEN_NEOVIM_TIMEOUT=3 expect silent 124 "did not end within 3 s"

echo "neovim harness self-test: $((cases - failures)) of $cases cases as expected"
[ "$failures" -eq 0 ]
