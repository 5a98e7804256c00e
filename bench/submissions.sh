#!/usr/bin/env bash
# Report submission: throughput and p50/p99 at 8 and 32 concurrent clients, and the same against
# the ceiling (a bare Javalin route inserting one row of the request's size with plain JDBC in one
# transaction, on the same database), with our throughput as a ratio of it.
#   bench/submissions.sh h2|postgres [seconds per run, default 20]
# Needs hey (installed from Debian if missing) and, for postgres, a local PostgreSQL that trusts
# the postgres user on 127.0.0.1; it drops and recreates the database confide_bench.
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
SECONDS_PER_RUN=${2:-20}
need_tools
[ "$STORE" = postgres ] && fresh_postgres

run() { # run NAME URL CONCURRENCY
  hey -z 5s -c "$3" -m POST -T application/json -D "$BENCH_DIR/report.json" "$2" >/dev/null # warm-up
  hey -z "${SECONDS_PER_RUN}s" -c "$3" -m POST -T application/json -D "$BENCH_DIR/report.json" "$2" >"$WORK/$1-$3.txt"
  hey_figures "$WORK/$1-$3.txt"
}

start_confide "$STORE"
declare -A ours theirs
for c in 8 32; do ours[$c]=$(run confide "http://127.0.0.1:$PORT/api/v1/reports" $c); done
stop_confide
start_ceiling "$STORE"
for c in 8 32; do theirs[$c]=$(run ceiling "http://127.0.0.1:$CEILING_PORT/ceiling" $c); done
stop_ceiling

echo "store=$STORE cores=$(nproc) seconds=$SECONDS_PER_RUN"
printf '%-8s %-8s %10s %9s %9s %9s %6s\n' what clients 'req/s' p50_ms p95_ms p99_ms non2xx
for c in 8 32; do
  read -r rps p50 p95 p99 bad <<<"${ours[$c]}"
  printf '%-8s %-8s %10s %9s %9s %9s %6s\n' confide "$c" "$rps" "$p50" "$p95" "$p99" "$bad"
  read -r crps cp50 cp95 cp99 cbad <<<"${theirs[$c]}"
  printf '%-8s %-8s %10s %9s %9s %9s %6s\n' ceiling "$c" "$crps" "$cp50" "$cp95" "$cp99" "$cbad"
  awk -v a="$rps" -v b="$crps" -v c="$c" 'BEGIN { printf "ratio at %s clients: %.2f of the ceiling\n", c, a / b }'
done
