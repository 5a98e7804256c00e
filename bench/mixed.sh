#!/usr/bin/env bash
# Heap in use after a mixed load: submissions, access-code logins, reporter reads, an adviser's
# case list and the service status, all at once for a while (default 300 s), then the heap as the
# JVM reports it, before and after a full collection (what stays is the live set).
#   bench/mixed.sh h2|postgres [seconds, default 300]
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
DURATION=${2:-300}
need_tools
[ "$STORE" = postgres ] && fresh_postgres
start_confide "$STORE"
B="http://127.0.0.1:$PORT"
CODE=$(curl -fs -X POST "$B/api/v1/reports" -H 'Content-Type: application/json' -d @"$BENCH_DIR/report.json" | jq -r .accessCode)
echo "{\"accessCode\": \"$CODE\"}" >"$WORK/code.json"
RT=$(curl -fs -X POST "$B/api/v1/reporter/session" -H 'Content-Type: application/json' -d @"$WORK/code.json" | jq -r .token)
AT=$(make_adviser)
hey -z "${DURATION}s" -c 4 -q 20 -m POST -T application/json -D "$BENCH_DIR/report.json" "$B/api/v1/reports" >"$WORK/submit.txt" &
L1=$!
hey -z "${DURATION}s" -c 2 -q 10 -m POST -T application/json -D "$WORK/code.json" "$B/api/v1/reporter/session" >"$WORK/code.txt" &
L2=$!
# The reporter's session is refreshed by these reads, so it outlives the run.
hey -z "${DURATION}s" -c 2 -q 10 -H "Authorization: Bearer $RT" "$B/api/v1/reporter/messages" >"$WORK/read.txt" &
L3=$!
# The queue grows through the run; a slow rate keeps the list from dominating.
hey -z "${DURATION}s" -c 1 -q 1 -H "Authorization: Bearer $AT" "$B/api/v1/staff/cases?view=mine" >"$WORK/cases.txt" &
L4=$!
hey -z "${DURATION}s" -c 2 -q 20 "$B/api/v1/service-status" >"$WORK/status.txt" &
L5=$!
wait $L1 $L2 $L3 $L4 $L5
JCMD="$JAVA_HOME/bin/jcmd"
before=$("$JCMD" "$CONFIDE_PID" GC.heap_info | head -3)
"$JCMD" "$CONFIDE_PID" GC.run >/dev/null
after=$("$JCMD" "$CONFIDE_PID" GC.heap_info | head -3)
rss=$(awk '/VmRSS/ {print $2 / 1024 " MiB"}' /proc/"$CONFIDE_PID"/status)
stop_confide
echo "store=$STORE cores=$(nproc) seconds=$DURATION load average $LOAD_AT_START at start, $(load_average) at end"
for f in submit code read cases status; do
  read -r rps p50 p95 p99 bad <<<"$(hey_figures "$WORK/$f.txt")"
  printf '%-8s %6s req/s  p50 %6s ms  p95 %6s ms  non2xx %s\n' "$f" "$rps" "$p50" "$p95" "$bad"
done
echo "heap after the load:"; echo "$before"
echo "heap after a full GC:"; echo "$after"
echo "resident set size: $rss"
