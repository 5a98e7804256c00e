#!/usr/bin/env bash
# Access-code login and staff login: p50/p95 at 4 concurrent clients (the same valid code or
# password each time: failed tries would be throttled). Four, because all come from one address
# and one account, and Confide lets at most five tries of one client (codes) or one account
# (passwords) run at the same moment: an eighth client would be measuring fast 429s. Staff passwords are Argon2id at the
# production (OWASP) cost, so staff login is slow on purpose.
#   bench/logins.sh h2|postgres [seconds per run, default 20]
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
SECONDS_PER_RUN=${2:-20}
CLIENTS=4
need_tools
[ "$STORE" = postgres ] && fresh_postgres
start_confide "$STORE"
CODE=$(curl -fs -X POST "http://127.0.0.1:$PORT/api/v1/reports" -H 'Content-Type: application/json' \
  -d @"$BENCH_DIR/report.json" | jq -r .accessCode)
echo "{\"accessCode\": \"$CODE\"}" >"$WORK/code.json"
echo "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" >"$WORK/staff.json"
for what in code staff; do
  path=/api/v1/reporter/session; [ $what = staff ] && path=/api/v1/staff/session
  hey -z 5s -c "$CLIENTS" -m POST -T application/json -D "$WORK/$what.json" "http://127.0.0.1:$PORT$path" >/dev/null
  hey -z "${SECONDS_PER_RUN}s" -c "$CLIENTS" -m POST -T application/json -D "$WORK/$what.json" \
    "http://127.0.0.1:$PORT$path" >"$WORK/$what.txt"
done
stop_confide
echo "store=$STORE cores=$(nproc) clients=$CLIENTS seconds=$SECONDS_PER_RUN load average $LOAD_AT_START at start, $(load_average) at end"
printf '%-14s %8s %8s %8s %7s\n' login 'req/s' p50_ms p95_ms non2xx
for what in code staff; do
  read -r rps p50 p95 p99 bad <<<"$(hey_figures "$WORK/$what.txt")"
  printf '%-14s %8s %8s %8s %7s\n' "$what" "$rps" "$p50" "$p95" "$bad"
done
