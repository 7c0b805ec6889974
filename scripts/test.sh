#!/usr/bin/env bash
# The test command (`npm test`): installs what is missing, brings the local stack up, type-checks,
# and runs every test against the real servers. Pass test files to run only those.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/stack.sh up
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test examples/custom-kind/test -name '*.test.ts' | sort); fi
# The custom-kind example is tested as a team's package: its own dependencies (cutover linked from
# this checkout, the rest from the npm registry, installed once), built with its own tsconfig.
example=examples/custom-kind
if printf '%s\n' "${files[@]}" | grep -q "^$example/"; then
  stamp=$example/node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ $example/package.json -nt "$stamp" ] || [ $example/package-lock.json -nt "$stamp" ]; then
    echo "[test] npm install in $example" >&2
    (cd $example && npm install --omit=dev --no-save --no-audit --no-fund --loglevel=error)
  fi
  echo "[test] tsc -p $example" >&2
  node_modules/.bin/tsc -p $example
fi
# One file at a time: test files share the stack's servers (the two Redis instances, say).
exec node --import tsx --test --test-concurrency=1 --test-timeout=600000 "${files[@]}"
