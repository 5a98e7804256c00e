#!/usr/bin/env bash
# Where a submission's CPU goes on PostgreSQL: Confide's JVM and its connections' server processes,
# against the same two writes done bare (bench/Ceiling.java's /submission-writes), per request, at 8
# clients. Each server is warmed up for 30 s at 32 clients, then they take turns of 10 s, three
# each; the CPU time of each process is read from /proc before and after its own turns.
#   bench/cpu-split.sh [turns, default 3] [seconds per turn, default 10]
# Needs hey (installed from Debian if missing) and a local PostgreSQL that trusts the postgres user
# on 127.0.0.1; it drops and recreates the database confide_bench.
source "$(dirname "$0")/lib.sh"
TURNS=${1:-3}
SECONDS_PER_TURN=${2:-10}
need_tools
fresh_postgres
start_confide postgres
start_ceiling postgres
ours="http://127.0.0.1:$PORT/api/v1/reports"
writes="http://127.0.0.1:$CEILING_PORT/submission-writes"
post() { hey -z "$1s" -c "$2" -m POST -T application/json -D "$BENCH_DIR/report.json" "$3"; }
post 30 32 "$ours" >/dev/null
post 30 32 "$writes" >/dev/null
mapfile -t our_backends < <(backends confide)
mapfile -t their_backends < <(backends ceiling)
declare -A jvm=([confide]=0 [writes]=0) database=([confide]=0 [writes]=0) answered=([confide]=0 [writes]=0)
for turn in $(seq 1 "$TURNS"); do
  for who in confide writes; do
    if [ "$who" = confide ]; then
      url=$ours pid=$CONFIDE_PID backends=("${our_backends[@]}")
    else
      url=$writes pid=$CEILING_PID backends=("${their_backends[@]}")
    fi
    jvm_before=$(cpu_ticks "$pid")
    database_before=$(cpu_ticks "${backends[@]}")
    rps=$(post "$SECONDS_PER_TURN" 8 "$url" | awk '/Requests\/sec:/ { print $2 }')
    jvm[$who]=$((jvm[$who] + $(cpu_ticks "$pid") - jvm_before))
    database[$who]=$((database[$who] + $(cpu_ticks "${backends[@]}") - database_before))
    answered[$who]=$(awk -v a="${answered[$who]}" -v r="$rps" -v s="$SECONDS_PER_TURN" 'BEGIN { print a + r * s }')
    log "turn $turn, $who: $rps req/s"
  done
done
stop_ceiling
stop_confide
echo "store=postgres cores=$(nproc) clients=8 turns=$TURNS of ${SECONDS_PER_TURN}s load average $LOAD_AT_START at start, $(load_average) at end"
for who in confide writes; do
  awk -v j="${jvm[$who]}" -v d="${database[$who]}" -v n="${answered[$who]}" -v w="$who" 'BEGIN {
    printf "%-8s JVM %.3f ms per request, PostgreSQL %.3f ms per request (%d requests)\n", w, j * 10 / n, d * 10 / n, n }'
done
