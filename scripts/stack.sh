#!/usr/bin/env bash
# The local stack: real servers on loopback for the demo and the tests.
#   scripts/stack.sh up | down | status | env
# Idempotent. State lives under $CUTOVER_STACK_DIR (default: .stack/ in the project, git-ignored);
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
SEARCH_ATTRIBUTES=(CutoverPlan CutoverEnvironment CutoverPhase CutoverState)

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

apt_install() { # packages...
  command -v apt-get >/dev/null || die "missing $* and no apt-get here; install them and re-run"
  if [ ! -f "$CACHE/.apt-updated" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    mkdir -p "$CACHE" && touch "$CACHE/.apt-updated"
  fi
  log "installing $* (Debian packages)"
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
  log "building the temporal CLI $TEMPORAL_VERSION with go install (first run only, a few minutes)"
  mkdir -p "$CACHE/bin"
  GOBIN="$CACHE/bin" GOFLAGS=-buildvcs=false go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_VERSION"
  [ -x "$bin" ] || die "temporal CLI build did not produce $bin"
  log "temporal CLI: $bin (built now)"
}

temporal_up() {
  ensure_temporal_built
  if port_open "$TEMPORAL_PORT"; then log "temporal already answering on 127.0.0.1:$TEMPORAL_PORT"; return; fi
  mkdir -p "$STACK_DIR/temporal"
  local sa=()
  for a in "${SEARCH_ATTRIBUTES[@]}"; do sa+=(--search-attribute "$a=Keyword"); done
  start_bg temporal "$(temporal_bin)" server start-dev \
    --ip 127.0.0.1 --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
    --db-filename "$STACK_DIR/temporal/temporal.db" --namespace default \
    --log-level warn "${sa[@]}"
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
    log "building the graph server launcher (Maven; first run only)"
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
ENV
}

status() {
  local rc=0
  check() { # name address probe...
    local name=$1 addr=$2; shift 2
    if "$@" >/dev/null 2>&1; then printf '%-10s %-28s up\n' "$name" "$addr"; else printf '%-10s %-28s down\n' "$name" "$addr"; rc=1; fi
  }
  check temporal "127.0.0.1:$TEMPORAL_PORT" "$(temporal_bin)" operator cluster health --address "127.0.0.1:$TEMPORAL_PORT"
  check web-ui "http://127.0.0.1:$TEMPORAL_UI_PORT" port_open "$TEMPORAL_UI_PORT"
  check mariadb "127.0.0.1:$MYSQL_PORT" port_open "$MYSQL_PORT"
  check redis "127.0.0.1:$REDIS_PORT" redis-cli -p "$REDIS_PORT" ping
  check redis2 "127.0.0.1:$REDIS2_PORT" redis-cli -p "$REDIS2_PORT" ping
  check moto "http://127.0.0.1:$MOTO_PORT" curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/"
  check graph1 "bolt://127.0.0.1:$BOLT_PORT" bolt_ok "$BOLT_PORT"
  check graph2 "bolt://127.0.0.1:$BOLT2_PORT" bolt_ok "$BOLT2_PORT"
  return $rc
}

down() {
  for f in "$STACK_DIR"/run/*.pid; do
    [ -f "$f" ] || continue
    local pid; pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $(basename "$f" .pid) ($pid)"
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      # Wait for it to let go of its port; a server that will not stop is killed.
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      if kill -0 "$pid" 2>/dev/null; then kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$f"
  done
}

case "${1:-}" in
  up)
    temporal_up; mysql_up; redis_up; moto_up; graph_up; write_env
    status
    log "addresses written to $STACK_DIR/stack.env"
    ;;
  down) down ;;
  status) status ;;
  env) write_env; cat "$STACK_DIR/stack.env" ;;
  *) echo "usage: scripts/stack.sh up|down|status|env" >&2; exit 64 ;;
esac
