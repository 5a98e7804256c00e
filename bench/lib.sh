# Shared by the benchmark scripts: build the jar if need be, start Confide and the ceiling on H2 or
# PostgreSQL, run hey, read its figures. Source it; do not run it.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/bootstrap/target/confide.jar"
PORT="${BENCH_PORT:-7171}"
CEILING_PORT="${BENCH_CEILING_PORT:-7172}"
# PostgreSQL runs use this database; it is dropped and created afresh by each script.
PG_DB="${BENCH_PG_DB:-confide_bench}"
PG_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres"
WORK="$(mktemp -d /tmp/confide-bench.XXXXXX)"
ADMIN_EMAIL=admin@example.ac.uk
ADMIN_PASSWORD='benchmark admin password'
PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }

# The one-minute load average: the figures mean little if other work shared the cores.
load_average() { cut -d' ' -f1 /proc/loadavg; }
LOAD_AT_START=$(load_average)

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need_tools() {
  if ! command -v hey >/dev/null; then
    log "hey is missing; installing it from Debian (apt-get install hey)"
    apt-get install -y -qq hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }
  fi
  command -v jq >/dev/null || { log "installing jq from Debian"; apt-get install -y -qq jq >/dev/null; }
  command -v oathtool >/dev/null || { log "installing oathtool from Debian"; apt-get install -y -qq oathtool >/dev/null; }
  if [ ! -f "$JAR" ]; then
    log "building $JAR"
    (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -DskipTests package)
  fi
}

fresh_postgres() {
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $PG_DB" -c "create database $PG_DB" >/dev/null
}

# run_seed STORE FILE: runs the SQL script FILE against Confide's stopped H2 file or its PostgreSQL
# database (then analysed); prints how many seconds it took.
run_seed() {
  local start
  start=$(date +%s)
  case $1 in
    h2)
      "$JAVA" -cp "$JAR" org.h2.tools.RunScript \
        -url "jdbc:h2:file:$WORK/data/confide;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        -user confide -password '' -script "$2" >&2 ;;
    postgres)
      psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$PG_DB" -f "$2" >&2
      psql -q -h 127.0.0.1 -U postgres -d "$PG_DB" -c 'analyze' >&2 ;;
  esac
  echo $(($(date +%s) - start))
}

# start_confide STORE [extra java options...]: starts Confide on h2 (a fresh data directory) or
# postgres (a fresh database); sets CONFIDE_PID; waits for /health.
start_confide() {
  local store=$1; shift
  local env=(CONFIDE_PORT="$PORT" CONFIDE_SECRET_KEY_FILE="$WORK/secret.key"
    CONFIDE_ADMIN_EMAIL="$ADMIN_EMAIL" CONFIDE_ADMIN_PASSWORD="$ADMIN_PASSWORD")
  case $store in
    h2) env+=(CONFIDE_STORE=h2 CONFIDE_DATA_DIR="$WORK/data") ;;
    postgres) env+=(CONFIDE_DATABASE_URL="$PG_URL&ApplicationName=confide" CONFIDE_DATA_DIR="$WORK/data") ;;
    *) log "store must be h2 or postgres"; exit 2 ;;
  esac
  if [ "${START_WITH_SCRIPT:-}" = 1 ]; then
    # As the README's run command starts it: bin/confide, with its start-up cache.
    env "${env[@]}" JAVA_HOME="$JAVA_HOME" CONFIDE_JAR="$JAR" "$ROOT/bin/confide" >>"$WORK/confide.log" 2>&1 &
  else
    env "${env[@]}" "$JAVA" "$@" -jar "$JAR" >"$WORK/confide.log" 2>&1 &
  fi
  CONFIDE_PID=$!
  PIDS+=("$CONFIDE_PID")
  wait_for "http://127.0.0.1:$PORT/health"
}

stop_confide() {
  kill "$CONFIDE_PID" 2>/dev/null || true
  wait "$CONFIDE_PID" 2>/dev/null || true
}

# start_ceiling STORE: the bare route on the same database (H2: a file of its own beside
# Confide's, with the same options, since an H2 file belongs to one process).
start_ceiling() {
  local url pool
  case $1 in
    h2) mkdir -p "$WORK/ceiling"
      url="jdbc:h2:file:$WORK/ceiling/ceiling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=2000"
      pool=10 ;;
    postgres) url="$PG_URL&ApplicationName=ceiling"; pool=16 ;;
  esac
  "$JAVA" -cp "$JAR" "$BENCH_DIR/Ceiling.java" "$url" "$CEILING_PORT" "$pool" >"$WORK/ceiling.log" 2>&1 &
  CEILING_PID=$!
  PIDS+=("$CEILING_PID")
  for _ in $(seq 1 600); do
    grep -q 'CEILING READY' "$WORK/ceiling.log" 2>/dev/null && return 0
    sleep 0.1
  done
  log "the ceiling did not start"; cat "$WORK/ceiling.log" >&2; exit 1
}

stop_ceiling() {
  kill "$CEILING_PID" 2>/dev/null || true
  wait "$CEILING_PID" 2>/dev/null || true
}

wait_for() {
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.05
  done
  log "no answer from $1"; cat "$WORK/confide.log" >&2; exit 1
}

# hey_figures FILE: "requests/s p50_ms p95_ms p99_ms non-2xx" from hey's text output.
hey_figures() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^  50% in/ { p50 = $3 * 1000 } /^  95% in/ { p95 = $3 * 1000 } /^  99% in/ { p99 = $3 * 1000 }
    /^\s+\[[0-9]+\]/ { code = substr($1, 2, 3); if (code !~ /^2/) bad += $2 }
    END { printf "%.0f %.1f %.1f %.1f %d\n", rps, p50, p95, p99, bad + 0 }' "$1"
}

# cpu_ticks PID...: the CPU time the processes have used so far, in clock ticks (1/100 s).
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# backends NAME: the PostgreSQL server processes serving connections of that application name.
backends() {
  psql -Atq -h 127.0.0.1 -U postgres -d postgres \
    -c "select pid from pg_stat_activity where datname = '$PG_DB' and application_name = '$1'"
}

# csv_figures FILE...: "requests/s p50_ms p95_ms p99_ms non-2xx" over every request in hey's CSV
# outputs (hey -o csv), the time being SECONDS_TIMED in all.
csv_figures() {
  awk -F, -v seconds="$SECONDS_TIMED" '
    FNR > 1 { n++; t[n] = $1 * 1000; if ($7 !~ /^2/) bad++ }
    END {
      asort(t)
      printf "%.0f %.1f %.1f %.1f %d\n", n / seconds, t[int(n * 0.50) + 1], t[int(n * 0.95) + 1],
        t[int(n * 0.99) + 1], bad + 0
    }' "$@"
}

# A staff member's session token. A new deployment requires two-factor sign-in of staff: a first
# sign-in sets it up, oathtool standing in for the authenticator app, and the secret is kept in
# $WORK so that a later sign-in of the same member sends the app's code (waiting for a fresh one
# when this 30-second step's code was used already).
staff_token() {
  local base="http://127.0.0.1:$PORT/api/v1/staff" secret_file="$WORK/totp-$1" code='' reply token
  if [ -f "$secret_file" ]; then
    while [ "$(( $(date +%s) / 30 ))" = "$(cat "$secret_file.step" 2>/dev/null)" ]; do sleep 1; done
    code=$(oathtool --totp -b "$(cat "$secret_file")")
    echo $(( $(date +%s) / 30 )) >"$secret_file.step"
  fi
  reply=$(curl -fs -X POST "$base/session" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$1\", \"password\": \"$2\", \"code\": \"$code\"}")
  token=$(jq -r .token <<<"$reply")
  if [ "$(jq -r .twoFactorSetUpRequired <<<"$reply")" = true ]; then
    curl -fs -X POST "$base/two-factor" -H "Authorization: Bearer $token" | jq -r .secret >"$secret_file"
    echo $(( $(date +%s) / 30 )) >"$secret_file.step"
    token=$(curl -fs -X POST "$base/two-factor/confirmation" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "{\"code\": \"$(oathtool --totp -b "$(cat "$secret_file")")\"}" | jq -r .token)
  fi
  echo "$token"
}

# make_staff EMAIL NAME ROLE PASSWORD: the administrator creates a staff account with one role;
# prints its session token. With ADMIN_TOKEN set, the administrator signs in no more: each sign-in
# after the first waits for a fresh code from the app.
make_staff() {
  local admin=${ADMIN_TOKEN:-}
  [ -n "$admin" ] || admin=$(staff_token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  curl -fs -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/admin/staff" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' \
    -d "{\"email\": \"$1\", \"displayName\": \"$2\", \"roles\": [\"$3\"], \"password\": \"$4\"}"
  staff_token "$1" "$4"
}

make_adviser() {
  make_staff adviser@example.ac.uk 'Bench Adviser' ADVISER 'benchmark adviser password'
}
