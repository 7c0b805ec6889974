#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or stale, and builds dist/ (the CLI).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "[setup] tsc (type check and build)" >&2
npx tsc -p tsconfig.json
