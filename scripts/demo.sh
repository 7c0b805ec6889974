#!/usr/bin/env bash
# The demo (`npm run demo`): installs what is missing, then `cutover dev` — local stack, worker,
# Temporal Web UI and a demo run. Arguments go to `cutover dev` (e.g. --unattended --exit).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec node bin/cutover.js dev "$@"
