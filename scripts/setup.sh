#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or stale, and builds dist/ (the CLI) unless
# it was built from exactly the sources there are now, so a second run reuses both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install`, not `npm ci`: the lock file leaves out platform builds of optional packages
  # that a registry may not serve (other OSes' @swc/core binaries), which `npm ci` refuses.
  echo "[setup] npm install (from package-lock.json)" >&2
  npm install --no-audit --no-fund --loglevel=error
fi
# What dist/ was built from: the contents and names of every file in tsconfig.json's "include"
# (src, test, bench), of the configuration and installed packages, and of the files tsc read from
# elsewhere (listed by the last build). Contents, not times, so a file renamed, deleted or restored
# with an old time counts too. Taken before tsc starts (a file saved during the build makes the
# next run build again; files elsewhere that this build read for the first time are hashed after
# it) and recorded only when tsc succeeds; a file in dist/ newer than the record was written by
# another build (`npx tsc` by hand), so that builds again too.
stamp=dist/.tsc-inputs
extra=dist/.tsc-extra-inputs
own_inputs() {
  { find src test bench -type f -print0
    printf '%s\0' tsconfig.json package.json package-lock.json node_modules/.package-lock.json
  } | sort -zu | xargs -0 sha1sum 2>&1 | sha1sum
}
extra_inputs() {
  if [ -s "$extra" ]; then tr '\n' '\0' <"$extra" | xargs -0 sha1sum 2>&1 | sha1sum; else echo none; fi
}
own="$(own_inputs)" before="$(extra_inputs)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$own $before" ] && [ -z "$(find dist -newer "$stamp" -print -quit)" ]; then
  echo "[setup] dist/ is up to date (built from these sources)" >&2
  exit 0
fi
echo "[setup] tsc (type check and build into dist/, a minute or so)" >&2
rm -f "$stamp"
mkdir -p dist
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
npx tsc -p tsconfig.json --listFiles >"$out" || status=$?
# tsc prints its diagnostics and, with --listFiles, every file it read, on stdout.
awk '!/^\/.*\.(d\.[cm]?ts|[cm]?tsx?|json)$/' "$out"
[ "$status" = 0 ] || exit "$status"
awk -v root="$PWD/" 'index($0, root) == 1 { f = substr($0, length(root) + 1); if (f !~ /^(node_modules|src|test|bench)\//) print f }' "$out" >"$extra.next"
if cmp -s "$extra.next" "$extra" || { [ ! -s "$extra.next" ] && [ ! -s "$extra" ]; }; then after="$before"; else after=""; fi
mv "$extra.next" "$extra"
echo "$own ${after:-$(extra_inputs)}" >"$stamp"
