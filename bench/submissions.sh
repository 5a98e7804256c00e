#!/usr/bin/env bash
# Report submission: throughput and p50/p95/p99 at 8 and 32 concurrent clients, and the same against
# the ceiling (a bare Javalin route inserting one row of the request's size with plain JDBC in one
# transaction, on the same database), with our throughput as a ratio of it. A third server turn,
# "writes", is a bare route making the same two writes a submission makes (the report, its access code on its row, and the trend count), with plain JDBC in one
# transaction (bench/Ceiling.java): it splits the gap into what the writes cost and what our code
# costs.
#   bench/submissions.sh h2|postgres [seconds per server and concurrency, default 20]
#                        [warm-up seconds, default 30]
# Both servers run side by side and take turns in 5-second slices, so that whatever else the
# machine is doing weighs on both alike. Each is warmed up first, at 32 clients and then 5 seconds
# at each concurrency timed, so that the JIT has compiled the hot code before anything is timed
# (Confide runs far more code than the bare route, and on a busy machine its compiler needs
# longer). Besides the throughput, it counts the CPU time each server spent on its own turns
# (its JVM, and on PostgreSQL its database connections' server processes) per request answered:
# on a machine shared with other work, the ratio of those is the steadier figure. Needs hey (installed from Debian if missing) and, for postgres, a local PostgreSQL
# that trusts the postgres user on 127.0.0.1; it drops and recreates the database confide_bench.
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
SECONDS_TIMED=${2:-20}
WARM_UP=${3:-30}
SLICE=5
need_tools
[ "$STORE" = postgres ] && fresh_postgres

start_confide "$STORE"
start_ceiling "$STORE"
ours="http://127.0.0.1:$PORT/api/v1/reports"
theirs="http://127.0.0.1:$CEILING_PORT/ceiling"
writes="http://127.0.0.1:$CEILING_PORT/submission-writes"
post() { hey -z "$1s" -c "$2" -m POST -T application/json -D "$BENCH_DIR/report.json" "${@:3}"; }
# timed NAME CLIENTS SLICE URL PID...: one turn, adding its CPU ticks to $WORK/NAME-CLIENTS.ticks.
timed() {
  local before after
  before=$(cpu_ticks "${@:5}")
  post "$3" "$2" -o csv "$4" >"$WORK/$1-$2-$(date +%s%N).csv"
  after=$(cpu_ticks "${@:5}")
  echo $((after - before)) >>"$WORK/$1-$2.ticks"
}
declare -A figures
post "$WARM_UP" 32 "$ours" >/dev/null
post "$WARM_UP" 32 "$theirs" >/dev/null
post "$WARM_UP" 32 "$writes" >/dev/null
for c in 8 32; do
  post 5 "$c" "$ours" >/dev/null
  post 5 "$c" "$theirs" >/dev/null
  post 5 "$c" "$writes" >/dev/null
  our_pids=("$CONFIDE_PID")
  their_pids=("$CEILING_PID")
  if [ "$STORE" = postgres ]; then
    mapfile -t -O 1 our_pids < <(backends confide)
    mapfile -t -O 1 their_pids < <(backends ceiling)
  fi
  for _ in $(seq 1 $((SECONDS_TIMED / SLICE))); do
    timed confide "$c" "$SLICE" "$ours" "${our_pids[@]}"
    timed ceiling "$c" "$SLICE" "$theirs" "${their_pids[@]}"
    timed writes "$c" "$SLICE" "$writes" "${their_pids[@]}"
  done
  for name in confide ceiling writes; do
    figures[$name-$c]="$(csv_figures "$WORK"/"$name"-"$c"-*.csv) $(awk '{ t += $1 } END { print t }' "$WORK/$name-$c.ticks")"
  done
done
stop_ceiling
stop_confide

echo "store=$STORE cores=$(nproc) seconds=$SECONDS_TIMED (in ${SLICE}-second turns) warm-up=$WARM_UP load average $LOAD_AT_START at start, $(load_average) at end"
printf '%-8s %-8s %10s %9s %9s %9s %6s %13s\n' what clients 'req/s' p50_ms p95_ms p99_ms non2xx cpu_ms_per_req
for c in 8 32; do
  read -r rps p50 p95 p99 bad ticks <<<"${figures[confide-$c]}"
  cpu=$(awk -v t="$ticks" -v r="$rps" -v s="$SECONDS_TIMED" 'BEGIN { printf "%.2f", t * 10 / (r * s) }')
  printf '%-8s %-8s %10s %9s %9s %9s %6s %13s\n' confide "$c" "$rps" "$p50" "$p95" "$p99" "$bad" "$cpu"
  read -r crps cp50 cp95 cp99 cbad cticks <<<"${figures[ceiling-$c]}"
  ccpu=$(awk -v t="$cticks" -v r="$crps" -v s="$SECONDS_TIMED" 'BEGIN { printf "%.2f", t * 10 / (r * s) }')
  printf '%-8s %-8s %10s %9s %9s %9s %6s %13s\n' ceiling "$c" "$crps" "$cp50" "$cp95" "$cp99" "$cbad" "$ccpu"
  read -r wrps wp50 wp95 wp99 wbad wticks <<<"${figures[writes-$c]}"
  wcpu=$(awk -v t="$wticks" -v r="$wrps" -v s="$SECONDS_TIMED" 'BEGIN { printf "%.2f", t * 10 / (r * s) }')
  printf '%-8s %-8s %10s %9s %9s %9s %6s %13s\n' writes "$c" "$wrps" "$wp50" "$wp95" "$wp99" "$wbad" "$wcpu"
  awk -v a="$rps" -v b="$crps" -v w="$wrps" -v x="$cpu" -v y="$ccpu" -v z="$wcpu" -v c="$c" 'BEGIN {
    printf "at %s clients: throughput %.2f of the ceiling (the same writes bare: %.2f); server CPU per request, ceiling to ours, %.2f (to the same writes bare, %.2f)\n", c, a / b, w / b, y / x, y / z }'
done
