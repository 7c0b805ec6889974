#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or stale, and builds dist/ (the CLI).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install`, not `npm ci`: the lock file leaves out platform builds of optional packages
  # that a registry may not serve (other OSes' @swc/core binaries), which `npm ci` refuses.
  echo "[setup] npm install (from package-lock.json)" >&2
  npm install --no-audit --no-fund --loglevel=error
fi
echo "[setup] tsc (type check and build)" >&2
npx tsc -p tsconfig.json
