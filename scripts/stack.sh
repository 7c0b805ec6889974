#!/usr/bin/env bash
# The local stack: real servers on loopback for the demo and the tests.
#   scripts/stack.sh up [part…] | down | status [part…] | env
# `up` with parts brings up only those (the demo's: temporal mariadb redis graph); without, all.
# Idempotent. State lives under $CUTOVER_STACK_DIR (default: .stack/ in the project, git-ignored;
# PostgreSQL's cluster is linked from there when the postgres user cannot reach it, see pg_dir);
# built binaries are cached under $CUTOVER_CACHE (default: ~/.cache/cutover) so later runs skip
# the build. Writes $CUTOVER_STACK_DIR/stack.env with the addresses that tests and the demo read.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_DIR="${CUTOVER_STACK_DIR:-$ROOT/.stack}"
CACHE="${CUTOVER_CACHE:-$HOME/.cache/cutover}"
TEMPORAL_VERSION="v1.5.1"   # later tags carry a `replace` directive that `go install` refuses
TEMPORAL_PORT="${CUTOVER_TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${CUTOVER_TEMPORAL_UI_PORT:-8233}"
MYSQL_PORT="${CUTOVER_MYSQL_PORT:-3307}"
REDIS_PORT="${CUTOVER_REDIS_PORT:-6380}"
REDIS2_PORT="${CUTOVER_REDIS2_PORT:-6381}"   # a second Redis: target of redis.copyKeys
MOTO_PORT="${CUTOVER_MOTO_PORT:-5055}"
BOLT_PORT="${CUTOVER_BOLT_PORT:-7687}"     # graph source
BOLT2_PORT="${CUTOVER_BOLT2_PORT:-7688}"   # graph target
POSTGRES_PORT="${CUTOVER_POSTGRES_PORT:-5433}"
PG_BIN="${CUTOVER_PG_BIN:-/usr/lib/postgresql/15/bin}"   # Debian's PostgreSQL 15
PROMETHEUS_PORT="${CUTOVER_PROMETHEUS_PORT:-9090}"
TEST_EXPORTER_PORT="${CUTOVER_TEST_EXPORTER_PORT:-9465}"   # scripts/test-exporter.js, scraped by Prometheus
WORKER_METRICS_PORT="${CUTOVER_WORKER_METRICS_PORT:-9464}" # scraped too: a worker run with CUTOVER_METRICS_ADDRESS=127.0.0.1:9464
TOXIPROXY_VERSION="v2.5.0"
TOXIPROXY_PORT="${CUTOVER_TOXIPROXY_PORT:-8474}"
# OpenTofu's version is the one scripts/tofu-build/go.mod requires.
TOFU_VERSION="$(awk '$1 == "github.com/opentofu/opentofu" { print $2 }' "$ROOT/scripts/tofu-build/go.mod")"
SEARCH_ATTRIBUTES=(CutoverPlan CutoverEnvironment CutoverPhase CutoverState)
# The dev server keeps every run on one history shard, whose task queues are read at most 20 times
# a second by default: each hop of a step (activity dispatch, the workflow task after it) then waits
# for the next 50 ms slot, so every trivial step takes 100 ms and a run's pace locks onto that grid.
# A cluster spreads runs over many shards; here the readers may poll as often as tasks come.
TEMPORAL_DYNAMIC_CONFIG=(history.transferProcessorMaxPollRPS=10000 history.timerProcessorMaxPollRPS=10000 history.visibilityProcessorMaxPollRPS=10000)

PARTS=(temporal mariadb redis moto graph postgres prometheus toxiproxy tofu)

log() { printf '[stack] %s\n' "$*" >&2; }
die() { printf '[stack] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name seconds command...
  local name=$1 secs=$2; shift 2
  for _ in $(seq 1 $((secs * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  die "$name did not answer within ${secs}s (log: $STACK_DIR/logs/$name.log)"
}

start_bg() { # name command...
  local name=$1; shift
  mkdir -p "$STACK_DIR/logs" "$STACK_DIR/run"
  setsid nohup "$@" >"$STACK_DIR/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$STACK_DIR/run/$name.pid"
}

apt_install() { # [apt-get options] packages...
  local pkgs=() a
  for a in "$@"; do [[ $a == -* ]] || pkgs+=("$a"); done
  command -v apt-get >/dev/null || die "missing ${pkgs[*]} and no apt-get here; install them and re-run"
  if [ ! -f "$CACHE/.apt-updated" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    mkdir -p "$CACHE" && touch "$CACHE/.apt-updated"
  fi
  log "installing ${pkgs[*]} (Debian packages; first run only, usually under a minute)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Temporal -----------------------------------------------------------------------------
# Which temporal CLI to use, in this order: an explicit path (CUTOVER_TEMPORAL_BIN), the stack's
# own build, `temporal` on PATH; failing all three, it is built from its Go module.
temporal_bin() {
  if [ -n "${CUTOVER_TEMPORAL_BIN:-}" ]; then echo "$CUTOVER_TEMPORAL_BIN"; return; fi
  if [ -x "$CACHE/bin/temporal" ]; then echo "$CACHE/bin/temporal"; return; fi
  if command -v temporal >/dev/null; then command -v temporal; return; fi
  echo "$CACHE/bin/temporal"
}

temporal_source() {
  if [ -n "${CUTOVER_TEMPORAL_BIN:-}" ]; then echo "CUTOVER_TEMPORAL_BIN"
  elif [ "$(temporal_bin)" = "$CACHE/bin/temporal" ]; then echo "the stack's build ($TEMPORAL_VERSION)"
  else echo "PATH"; fi
}

ensure_temporal_built() {
  local bin; bin="$(temporal_bin)"
  if [ -x "$bin" ]; then log "temporal CLI: $bin (from $(temporal_source))"; return 0; fi
  [ -z "${CUTOVER_TEMPORAL_BIN:-}" ] || die "CUTOVER_TEMPORAL_BIN=$CUTOVER_TEMPORAL_BIN is not an executable"
  command -v go >/dev/null || die "no temporal CLI found and Go is not installed to build it ($TEMPORAL_VERSION); install Go or set CUTOVER_TEMPORAL_BIN"
  log "building the temporal CLI $TEMPORAL_VERSION with go install (first run only: about 5 minutes on 2 cores, its Go modules downloaded too; cached in $CACHE/bin)"
  mkdir -p "$CACHE/bin"
  GOBIN="$CACHE/bin" GOFLAGS=-buildvcs=false go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_VERSION"
  [ -x "$bin" ] || die "temporal CLI build did not produce $bin"
  log "temporal CLI: $bin (built now)"
}

temporal_up() {
  ensure_temporal_built
  if port_open "$TEMPORAL_PORT"; then log "temporal already answering on 127.0.0.1:$TEMPORAL_PORT"; return; fi
  mkdir -p "$STACK_DIR/temporal"
  local flags=()
  for a in "${SEARCH_ATTRIBUTES[@]}"; do flags+=(--search-attribute "$a=Keyword"); done
  for c in "${TEMPORAL_DYNAMIC_CONFIG[@]}"; do flags+=(--dynamic-config-value "$c"); done
  start_bg temporal "$(temporal_bin)" server start-dev \
    --ip 127.0.0.1 --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
    --db-filename "$STACK_DIR/temporal/temporal.db" --namespace default \
    --log-level warn "${flags[@]}"
  wait_for temporal 60 "$(temporal_bin)" operator cluster health --address "127.0.0.1:$TEMPORAL_PORT"
}

# --- MariaDB ------------------------------------------------------------------------------
mysql_sock() { echo "$STACK_DIR/mariadb/mysqld.sock"; }

mysql_up() {
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server mariadb-client
  if port_open "$MYSQL_PORT"; then log "mariadb already answering on 127.0.0.1:$MYSQL_PORT"; return; fi
  local data="$STACK_DIR/mariadb/data"
  if [ ! -d "$data/mysql" ]; then
    mkdir -p "$data"
    mariadb-install-db --user="$(id -un)" --datadir="$data" --auth-root-authentication-method=normal \
      >"$STACK_DIR/mariadb/install.log" 2>&1 || die "mariadb-install-db failed (see $STACK_DIR/mariadb/install.log)"
  fi
  start_bg mariadb /usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$data" \
    --bind-address=127.0.0.1 --port="$MYSQL_PORT" --socket="$(mysql_sock)" \
    --pid-file="$STACK_DIR/mariadb/mariadbd.pid" --innodb-buffer-pool-size=128M \
    --max-connections=500 --skip-name-resolve
  wait_for mariadb 60 mariadb-admin --no-defaults --socket="$(mysql_sock)" -uroot ping
  mariadb --no-defaults --socket="$(mysql_sock)" -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'cutover'@'%' IDENTIFIED BY 'cutover';
GRANT ALL PRIVILEGES ON *.* TO 'cutover'@'%' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS cutover_demo;
CREATE DATABASE IF NOT EXISTS cutover_test;
FLUSH PRIVILEGES;
SQL
}

# --- Redis --------------------------------------------------------------------------------
redis_up() {
  command -v redis-server >/dev/null || apt_install redis-server
  for spec in "redis $REDIS_PORT" "redis2 $REDIS2_PORT"; do
    set -- $spec
    if port_open "$2"; then log "$1 already answering on 127.0.0.1:$2"; continue; fi
    mkdir -p "$STACK_DIR/$1"
    start_bg "$1" redis-server --bind 127.0.0.1 --port "$2" --dir "$STACK_DIR/$1" \
      --save '' --appendonly no --protected-mode yes
    wait_for "$1" 30 redis-cli -p "$2" ping
  done
}

# --- moto (the AWS endpoint: ECS, RDS, ELBv2, CloudWatch) ----------------------------------
moto_up() {
  python3 -c 'import moto.server' >/dev/null 2>&1 \
    || die "python3 cannot import moto (install it with: python3 -m pip install 'moto[server]')"
  if port_open "$MOTO_PORT"; then log "moto already answering on 127.0.0.1:$MOTO_PORT"; return; fi
  start_bg moto python3 -m moto.server -H 127.0.0.1 -p "$MOTO_PORT"
  wait_for moto 60 curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/"
}

# --- Bolt graph servers (Neo4j Community embedded; source and target) ------------------------
# Memgraph is not packaged where this stack installs from; scripts/graph-server/ is a small launcher
# around Neo4j 5.26 (Java 17) with Bolt on loopback and auth off. Built once per source hash.
graph_dir() { # the build folder for the current launcher source
  local src="$ROOT/scripts/graph-server"
  echo "$CACHE/graph-server/$(cat "$src/pom.xml" $(find "$src/src" -name '*.java' | sort) | sha256sum | cut -c1-16)"
}

graph_build() { # builds if needed; prints the build folder (jar + lib/)
  local src="$ROOT/scripts/graph-server" out hash
  out="$(graph_dir)"; hash="$(basename "$out")"
  if [ ! -f "$out/graph-server.jar" ]; then
    command -v java >/dev/null && command -v mvn >/dev/null || apt_install openjdk-17-jdk-headless maven
    local work="$CACHE/graph-server/build-$hash"
    rm -rf "$work" && mkdir -p "$work" && cp -r "$src/pom.xml" "$src/src" "$work/"
    log "building the graph server launcher with Maven (first run only: about 40 s with Neo4j's jars to download; cached in $CACHE/graph-server)"
    # Offline when ~/.m2 already has everything, online otherwise.
    (cd "$work" && { mvn -q -B -o package >"$work/build.log" 2>&1 || mvn -q -B package >>"$work/build.log" 2>&1; }) \
      || die "graph server build failed (see $work/build.log)"
    rm -rf "$out" && mkdir -p "$out" && mv "$work/target/lib" "$work/target/graph-server.jar" "$out/" && rm -rf "$work"
  fi
  echo "$out"
}

# Answers a Bolt handshake (offering 5.0-5.8 and 4.2-4.4) with a Bolt version, not just an open port.
bolt_ok() { # port
  local v
  v="$({ exec 3<>"/dev/tcp/127.0.0.1/$1" && printf '\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x02\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00' >&3 \
    && timeout 3 head -c 4 <&3 | od -An -tx1 | tr -d ' \n'; } 2>/dev/null)"
  [[ "$v" =~ ^0000[0-9a-f]{2}0[45]$ ]]
}

graph_up() {
  local dir started=()
  dir="$(graph_build)"
  for spec in "graph1 $BOLT_PORT" "graph2 $BOLT2_PORT"; do
    set -- $spec
    if bolt_ok "$2"; then log "$1 (Bolt) already answering on 127.0.0.1:$2"; continue; fi
    mkdir -p "$STACK_DIR/$1"
    start_bg "$1" java -Xms256m -Xmx1g -XX:+ExitOnOutOfMemoryError -cp "$dir/lib/*:$dir/graph-server.jar" \
      cutover.stack.GraphServer "$STACK_DIR/$1" "$2"
    started+=("$spec")
  done
  # Both JVMs start side by side; on 2 busy cores that can take a while.
  for spec in "${started[@]}"; do set -- $spec; wait_for "$1" 90 bolt_ok "$2"; done
}

# --- PostgreSQL ---------------------------------------------------------------------------
# Debian's PostgreSQL 15. initdb and the server refuse to run as root, so as root they run as the
# `postgres` user the package creates and the cluster belongs to it. The server runs in the
# foreground under start_bg (its pid is the postmaster's); `down` asks it for a fast shutdown.
# Password authentication is real over TCP (scram-sha-256); the unix socket (in the data folder) trusts.
AS_POSTGRES=(env -C /)   # a command prefix: as the postgres user when root, from / (it may not read the cwd)
[ "$(id -u)" != 0 ] || AS_POSTGRES=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env env -C /)

# The cluster's folder: $STACK_DIR/postgres, unless the postgres user cannot reach $STACK_DIR (a
# project under /root, say) or the socket path would be too long; then a folder in the postgres
# user's home named after the stack, with $STACK_DIR/postgres a link to it.
pg_dir() {
  local dir="$STACK_DIR/postgres" home
  [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 || { echo "$dir"; return; }
  if [ ${#dir} -le 80 ] && "${AS_POSTGRES[@]}" test -x "$STACK_DIR"; then echo "$dir"; return; fi
  home="$(getent passwd postgres | cut -d: -f6)"
  echo "${home:-/var/lib/postgresql}/cutover-$(printf %s "$STACK_DIR" | sha256sum | cut -c1-12)"
}

postgres_up() {
  [ -x "$PG_BIN/postgres" ] || apt_install postgresql
  [ -x "$PG_BIN/postgres" ] || die "no PostgreSQL server in $PG_BIN (set CUTOVER_PG_BIN to its bin folder)"
  if port_open "$POSTGRES_PORT"; then log "postgres already answering on 127.0.0.1:$POSTGRES_PORT"; return; fi
  mkdir -p "$STACK_DIR/logs"
  local dir data; dir="$(pg_dir)"; data="$dir/data"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" != 0 ] || chown postgres: "$dir"
    if [ "$dir" != "$STACK_DIR/postgres" ]; then
      log "postgres: the postgres user cannot use $STACK_DIR; its cluster lives in $dir"
      [ -e "$STACK_DIR/postgres" ] || ln -s "$dir" "$STACK_DIR/postgres"
    fi
    "${AS_POSTGRES[@]}" "$PG_BIN/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C --no-sync >"$STACK_DIR/logs/postgres-initdb.log" 2>&1 \
      || die "initdb failed (see $STACK_DIR/logs/postgres-initdb.log)"
  fi
  start_bg postgres "${AS_POSTGRES[@]}" "$PG_BIN/postgres" -D "$data" -c listen_addresses=127.0.0.1 \
    -c port="$POSTGRES_PORT" -c unix_socket_directories="$data" -c max_connections=200 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off
  wait_for postgres 30 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT"
  "${AS_POSTGRES[@]}" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$POSTGRES_PORT" -U postgres -d postgres <<'SQL' >/dev/null
DO $$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'cutover') THEN ALTER ROLE cutover LOGIN SUPERUSER PASSWORD 'cutover';
  ELSE CREATE ROLE cutover LOGIN SUPERUSER PASSWORD 'cutover'; END IF;
END $$;
SELECT format('CREATE DATABASE %I OWNER cutover', name)
  FROM unnest(ARRAY['cutover_demo', 'cutover_test', 'cutover_test2']) AS name
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = name) \gexec
SQL
}

# --- Prometheus and the test exporter -----------------------------------------------------
# Debian's Prometheus 2.42, run by the stack (not as the package's service) with a configuration
# written here: every second it scrapes scripts/test-exporter.js (values the tests set over HTTP)
# and a worker's metrics endpoint. --web.enable-lifecycle lets a test POST /-/reload.
prometheus_config() {
  cat <<YAML
# Written by scripts/stack.sh up (edits are lost on the next up).
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: cutover-test-exporter
    static_configs:
      - targets: ["127.0.0.1:$TEST_EXPORTER_PORT"]
  - job_name: cutover-worker
    static_configs:
      - targets: ["127.0.0.1:$WORKER_METRICS_PORT"]
YAML
}

# This stack's Prometheus, not another one on the port (the package's service, say).
prometheus_ours() {
  curl -sf "http://127.0.0.1:$PROMETHEUS_PORT/api/v1/status/flags" | grep -qF "\"storage.tsdb.path\":\"$STACK_DIR/prometheus/data\""
}

test_exporter_up() {
  if port_open "$TEST_EXPORTER_PORT"; then log "test-exporter already answering on 127.0.0.1:$TEST_EXPORTER_PORT"; return; fi
  start_bg test-exporter node "$ROOT/scripts/test-exporter.js" "$TEST_EXPORTER_PORT"
  wait_for test-exporter 15 curl -sf "http://127.0.0.1:$TEST_EXPORTER_PORT/healthz"
}

prometheus_up() {
  if ! command -v prometheus >/dev/null; then
    apt_install --no-install-recommends prometheus
    # Installed for the stack: the package's own service, where the machine runs one, is stopped
    # and disabled so that it holds no port.
    { systemctl disable --now prometheus || service prometheus stop; } >/dev/null 2>&1 || true
  fi
  test_exporter_up
  local dir="$STACK_DIR/prometheus" url="http://127.0.0.1:$PROMETHEUS_PORT" changed=0
  mkdir -p "$dir/data"
  prometheus_config >"$dir/prometheus.yml.new"
  if cmp -s "$dir/prometheus.yml.new" "$dir/prometheus.yml"; then rm "$dir/prometheus.yml.new"
  else mv "$dir/prometheus.yml.new" "$dir/prometheus.yml"; changed=1; fi
  if port_open "$PROMETHEUS_PORT"; then
    prometheus_ours || die "127.0.0.1:$PROMETHEUS_PORT answers but is not this stack's Prometheus; stop it or set CUTOVER_PROMETHEUS_PORT"
    if [ $changed = 1 ]; then curl -sf -X POST "$url/-/reload" >/dev/null || die "prometheus did not reload $dir/prometheus.yml"; fi
    log "prometheus already answering on 127.0.0.1:$PROMETHEUS_PORT"
    return
  fi
  start_bg prometheus prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
    --storage.tsdb.retention.time=2d --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --web.enable-lifecycle
  wait_for prometheus 30 curl -sf "$url/-/ready"
}

# --- Toxiproxy (a TCP proxy that injects faults; tests create proxies through its HTTP API) -----
# Which server, in the same order as the temporal CLI: CUTOVER_TOXIPROXY_BIN, the stack's own
# build, `toxiproxy-server` on PATH; failing all three, it is built from its Go module (with the CLI).
toxiproxy_bin() {
  if [ -n "${CUTOVER_TOXIPROXY_BIN:-}" ]; then echo "$CUTOVER_TOXIPROXY_BIN"; return; fi
  if [ -x "$CACHE/bin/toxiproxy-server" ]; then echo "$CACHE/bin/toxiproxy-server"; return; fi
  if command -v toxiproxy-server >/dev/null; then command -v toxiproxy-server; return; fi
  echo "$CACHE/bin/toxiproxy-server"
}

toxiproxy_cli() { # the CLI beside the server, else on PATH
  local dir; dir="$(dirname "$(toxiproxy_bin)")"
  if [ ! -x "$dir/toxiproxy-cli" ] && command -v toxiproxy-cli >/dev/null; then command -v toxiproxy-cli; else echo "$dir/toxiproxy-cli"; fi
}

toxiproxy_source() {
  if [ -n "${CUTOVER_TOXIPROXY_BIN:-}" ]; then echo "CUTOVER_TOXIPROXY_BIN"
  elif [ "$(toxiproxy_bin)" = "$CACHE/bin/toxiproxy-server" ]; then echo "the stack's build ($TOXIPROXY_VERSION)"
  else echo "PATH"; fi
}

ensure_toxiproxy_built() {
  local bin; bin="$(toxiproxy_bin)"
  if [ -x "$bin" ]; then log "toxiproxy: $bin (from $(toxiproxy_source))"; return 0; fi
  [ -z "${CUTOVER_TOXIPROXY_BIN:-}" ] || die "CUTOVER_TOXIPROXY_BIN=$CUTOVER_TOXIPROXY_BIN is not an executable"
  command -v go >/dev/null || die "no toxiproxy-server found and Go is not installed to build it ($TOXIPROXY_VERSION); install Go or set CUTOVER_TOXIPROXY_BIN"
  log "building toxiproxy $TOXIPROXY_VERSION with go install (first run only: under a minute on 2 cores; cached in $CACHE/bin)"
  local work="$CACHE/toxiproxy-build"
  rm -rf "$work" && mkdir -p "$work" "$CACHE/bin"
  # The commands are named `server` and `cli`; they are installed under the names toxiproxy uses.
  for cmd in cli server; do
    GOBIN="$work" GOFLAGS=-buildvcs=false go install -ldflags "-X github.com/Shopify/toxiproxy/v2.Version=${TOXIPROXY_VERSION#v}" \
      "github.com/Shopify/toxiproxy/v2/cmd/$cmd@$TOXIPROXY_VERSION"
    mv "$work/$cmd" "$CACHE/bin/toxiproxy-$cmd"
  done
  rm -rf "$work"
  [ -x "$bin" ] || die "toxiproxy build did not produce $bin"
  log "toxiproxy: $bin (built now)"
}

toxiproxy_up() {
  ensure_toxiproxy_built
  if port_open "$TOXIPROXY_PORT"; then log "toxiproxy already answering on 127.0.0.1:$TOXIPROXY_PORT"; return; fi
  start_bg toxiproxy "$(toxiproxy_bin)" -host 127.0.0.1 -port "$TOXIPROXY_PORT"
  wait_for toxiproxy 15 curl -sf "http://127.0.0.1:$TOXIPROXY_PORT/version"
}

# --- OpenTofu (a CLI the tests run, not a server) -------------------------------------------
# Which tofu, in the same order as the temporal CLI: CUTOVER_TOFU_BIN, the stack's own build,
# `tofu` on PATH (never a `terraform` binary); failing all three, it is built once from
# scripts/tofu-build/, a module that requires OpenTofu and repeats its `replace` of hcl/v2, which
# `go install …@version` refuses. The stack's build is rebuilt when that module's version changes.
tofu_bin() {
  if [ -n "${CUTOVER_TOFU_BIN:-}" ]; then echo "$CUTOVER_TOFU_BIN"; return; fi
  if [ -x "$CACHE/bin/tofu" ]; then echo "$CACHE/bin/tofu"; return; fi
  if command -v tofu >/dev/null; then command -v tofu; return; fi
  echo "$CACHE/bin/tofu"
}

tofu_source() {
  if [ -n "${CUTOVER_TOFU_BIN:-}" ]; then echo "CUTOVER_TOFU_BIN"
  elif [ "$(tofu_bin)" = "$CACHE/bin/tofu" ]; then echo "the stack's build ($TOFU_VERSION)"
  else echo "PATH"; fi
}

tofu_version() { # e.g. v1.10.10
  "$1" version 2>/dev/null | sed -n 's/^OpenTofu \(v[^ ]*\)$/\1/p'
}

ensure_tofu_built() {
  local bin; bin="$(tofu_bin)"
  if [ -x "$bin" ] && { [ "$bin" != "$CACHE/bin/tofu" ] || [ "$(tofu_version "$bin")" = "$TOFU_VERSION" ]; }; then
    log "tofu: $bin (from $(tofu_source))"; return 0
  fi
  [ -z "${CUTOVER_TOFU_BIN:-}" ] || die "CUTOVER_TOFU_BIN=$CUTOVER_TOFU_BIN is not an executable"
  command -v go >/dev/null || die "no tofu found and Go is not installed to build it ($TOFU_VERSION); install Go or set CUTOVER_TOFU_BIN"
  log "building OpenTofu $TOFU_VERSION from scripts/tofu-build (first run only: about 5 minutes on 2 cores and 1.5 GB of memory; cached in $CACHE/bin)"
  mkdir -p "$CACHE/bin"
  (cd "$ROOT/scripts/tofu-build" && GOFLAGS=-buildvcs=false go build -trimpath \
    -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$CACHE/bin/tofu.new" github.com/opentofu/opentofu/cmd/tofu) \
    || die "OpenTofu build failed"
  mv "$CACHE/bin/tofu.new" "$CACHE/bin/tofu"
  bin="$(tofu_bin)"
  log "tofu: $bin $(tofu_version "$bin") (built now)"
}

write_env() {
  mkdir -p "$STACK_DIR"
  cat >"$STACK_DIR/stack.env" <<ENV
TEMPORAL_ADDRESS=127.0.0.1:$TEMPORAL_PORT
TEMPORAL_UI_URL=http://127.0.0.1:$TEMPORAL_UI_PORT
CUTOVER_TEMPORAL_BIN=$(temporal_bin)
CUTOVER_MYSQL_URL=mysql://cutover:cutover@127.0.0.1:$MYSQL_PORT
CUTOVER_REDIS_URL=redis://127.0.0.1:$REDIS_PORT
CUTOVER_REDIS2_URL=redis://127.0.0.1:$REDIS2_PORT
AWS_ENDPOINT_URL=http://127.0.0.1:$MOTO_PORT
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID=testing
AWS_SECRET_ACCESS_KEY=testing
CUTOVER_BOLT_URL=bolt://127.0.0.1:$BOLT_PORT
CUTOVER_BOLT2_URL=bolt://127.0.0.1:$BOLT2_PORT
CUTOVER_GRAPH_SERVER_DIR=$(graph_dir)
CUTOVER_POSTGRES_URL=postgres://cutover:cutover@127.0.0.1:$POSTGRES_PORT
CUTOVER_POSTGRES_DATA_DIR=$(pg_dir)/data
CUTOVER_PG_BIN=$PG_BIN
CUTOVER_PROMETHEUS_URL=http://127.0.0.1:$PROMETHEUS_PORT
CUTOVER_TEST_EXPORTER_URL=http://127.0.0.1:$TEST_EXPORTER_PORT
CUTOVER_WORKER_METRICS_ADDRESS=127.0.0.1:$WORKER_METRICS_PORT
CUTOVER_TOXIPROXY_URL=http://127.0.0.1:$TOXIPROXY_PORT
CUTOVER_TOXIPROXY_CLI=$(toxiproxy_cli)
CUTOVER_TOFU_BIN=$(tofu_bin)
ENV
}

known_parts() { # part…
  local p
  for p in "$@"; do [[ " ${PARTS[*]} " == *" $p "* ]] || die "unknown part $p (the parts: ${PARTS[*]})"; done
}

status() { # [part…]: only those parts' lines (and exit status); all without
  known_parts "$@"
  local rc=0 want=" ${*:-${PARTS[*]}} "
  check() { # part name address probe...
    local part=$1 name=$2 addr=$3; shift 3
    [[ $want == *" $part "* ]] || return 0
    if "$@" >/dev/null 2>&1; then printf '%-14s %-28s up\n' "$name" "$addr"; else printf '%-14s %-28s down\n' "$name" "$addr"; rc=1; fi
  }
  check temporal temporal "127.0.0.1:$TEMPORAL_PORT" "$(temporal_bin)" operator cluster health --address "127.0.0.1:$TEMPORAL_PORT"
  check temporal web-ui "http://127.0.0.1:$TEMPORAL_UI_PORT" port_open "$TEMPORAL_UI_PORT"
  check mariadb mariadb "127.0.0.1:$MYSQL_PORT" port_open "$MYSQL_PORT"
  check redis redis "127.0.0.1:$REDIS_PORT" redis-cli -p "$REDIS_PORT" ping
  check redis redis2 "127.0.0.1:$REDIS2_PORT" redis-cli -p "$REDIS2_PORT" ping
  check moto moto "http://127.0.0.1:$MOTO_PORT" curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/"
  check graph graph1 "bolt://127.0.0.1:$BOLT_PORT" bolt_ok "$BOLT_PORT"
  check graph graph2 "bolt://127.0.0.1:$BOLT2_PORT" bolt_ok "$BOLT2_PORT"
  check postgres postgres "127.0.0.1:$POSTGRES_PORT" "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT"
  check prometheus prometheus "http://127.0.0.1:$PROMETHEUS_PORT" curl -sf "http://127.0.0.1:$PROMETHEUS_PORT/-/ready"
  check prometheus test-exporter "http://127.0.0.1:$TEST_EXPORTER_PORT" curl -sf "http://127.0.0.1:$TEST_EXPORTER_PORT/healthz"
  check toxiproxy toxiproxy "http://127.0.0.1:$TOXIPROXY_PORT" curl -sf "http://127.0.0.1:$TOXIPROXY_PORT/version"
  if [[ $want == *" tofu "* ]]; then
    local tofu version; tofu="$(tofu_bin)"; version="$(tofu_version "$tofu" || true)" # (not built yet: "missing")
    printf '%-14s %-28s %s\n' tofu "$tofu" "${version:-missing}"
    [ -n "$version" ] || rc=1
  fi
  return $rc
}

down() {
  for f in "$STACK_DIR"/run/*.pid; do
    [ -f "$f" ] || continue
    local pid name; pid="$(cat "$f")"; name="$(basename "$f" .pid)"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $name ($pid)"
      if [ "$name" = postgres ]; then
        kill -INT "$pid" 2>/dev/null || true   # the postmaster's fast shutdown (TERM would wait for every client)
      else
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      fi
      # Wait for it to let go of its port; a server that will not stop is killed.
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      if kill -0 "$pid" 2>/dev/null; then kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$f"
  done
}

# What `up` of these parts will build first, with the time each takes; nothing once all are cached.
announce_builds() { # part…
  local builds=() want=" $* "
  [[ $want != *" temporal "* ]] || [ -x "$(temporal_bin)" ] || builds+=("the temporal CLI (about 5 min)")
  [[ $want != *" graph "* ]] || [ -f "$(graph_dir)/graph-server.jar" ] || builds+=("the graph server (about 40 s)")
  [[ $want != *" toxiproxy "* ]] || [ -x "$(toxiproxy_bin)" ] || builds+=("Toxiproxy (under a minute)")
  if [[ $want == *" tofu "* ]]; then
    local t; t="$(tofu_bin)"
    [ -x "$t" ] && { [ "$t" != "$CACHE/bin/tofu" ] || [ "$(tofu_version "$t")" = "$TOFU_VERSION" ]; } || builds+=("OpenTofu (about 5 min)")
  fi
  [ ${#builds[@]} -gt 0 ] || return 0
  local list; list="$(printf '%s, ' "${builds[@]}")"
  log "first run on this machine: building ${list%, }; later runs reuse the builds in $CACHE"
}

up() { # part…
  local parts=("$@") p
  [ ${#parts[@]} -gt 0 ] || parts=("${PARTS[@]}")
  known_parts "${parts[@]}"
  announce_builds "${parts[@]}"
  for p in "${parts[@]}"; do
    case $p in
      temporal) temporal_up ;; mariadb) mysql_up ;; redis) redis_up ;; moto) moto_up ;; graph) graph_up ;;
      postgres) postgres_up ;; prometheus) prometheus_up ;; toxiproxy) toxiproxy_up ;; tofu) ensure_tofu_built ;;
    esac
  done
  write_env
  status "${parts[@]}"
  log "addresses written to $STACK_DIR/stack.env"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  status) shift; status "$@" ;;
  env) write_env; cat "$STACK_DIR/stack.env" ;;
  *) (IFS='|'; echo "usage: scripts/stack.sh up [${PARTS[*]}]… | down | status [part…] | env" >&2); exit 64 ;;
esac
