#!/usr/bin/env bash
# The test command (`npm test`): installs what is missing, brings the local stack up, type-checks,
# and runs every test against the real servers. Pass test files to run only those.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/stack.sh up
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test -name '*.test.ts' | sort); fi
# One file at a time: test files share the stack's servers (the two Redis instances, say).
exec node --import tsx --test --test-concurrency=1 --test-timeout=600000 "${files[@]}"
