#!/usr/bin/env bash
# BY HAND ONLY — never in CI, never on a machine whose PostgreSQL others are using: this stops and
# starts the machine's real PostgreSQL cluster. The automated test (PostgresDatabaseOutageTest)
# cuts a loopback proxy instead.
#
# Starts Confide on PostgreSQL, submits reports in a loop, stops the cluster for 20 s, starts it
# again, and prints each second's status counts, so you can watch 201s turn into fast 503s with
# Retry-After and back, with the same server process.
#   sudo bench/manual-postgres-outage.sh [cluster version, default the newest] [cluster name, default main]
source "$(dirname "$0")/lib.sh"
VERSION=${1:-$(ls /etc/postgresql | sort -V | tail -n 1)}
CLUSTER=${2:-main}
need_tools
fresh_postgres
start_confide postgres
B="http://127.0.0.1:$PORT"
(
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -X POST "$B/api/v1/reports" \
      -H 'Content-Type: application/json' -d @"$BENCH_DIR/report.json")
    echo "$(date +%s) $code"
  done
) >"$WORK/statuses.txt" &
LOOP=$!
PIDS+=("$LOOP")
sleep 10
log "stopping PostgreSQL $VERSION/$CLUSTER"
pg_ctlcluster "$VERSION" "$CLUSTER" stop
sleep 20
log "starting PostgreSQL $VERSION/$CLUSTER"
pg_ctlcluster "$VERSION" "$CLUSTER" start
sleep 30
kill "$LOOP"
echo "second  answers (status x count)"
awk '{ seen[$1] = seen[$1] " " $2 } END { for (s in seen) print s, seen[s] }' "$WORK/statuses.txt" | sort -n |
  awk '{ n = split($0, a, " "); delete c; for (i = 2; i <= n; i++) c[a[i]]++; line = a[1]; for (k in c) line = line "  " k "x" c[k]; print line }'
