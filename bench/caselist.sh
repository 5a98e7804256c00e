#!/usr/bin/env bash
# The adviser's case list with many cases stored (default 100,000): p50/p95/p99 of the first page
# of each view, and of the queue's second page, at 8 concurrent clients over HTTP.
#   bench/caselist.sh h2|postgres [cases, default 100000] [seconds per view, default 15]
# Cases are stored straight into the database with one SQL statement per table (H2 through its
# own RunScript tool in the Confide jar, PostgreSQL through psql): 70% closed, 10% in the queue,
# 10% assigned to the benchmark's adviser, 10% to another; every 50th case of the queue and of the
# adviser's own has an unread reporter message, every 100th an open escalation. Their sealed
# columns hold bytes that open as nothing: these cases can be listed, not opened.
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
CASES=${2:-100000}
SECONDS_PER_VIEW=${3:-15}
need_tools
[ "$STORE" = postgres ] && fresh_postgres

# First start: migrations, the administrator, the adviser. Then stop, so that H2's file is free.
start_confide "$STORE"
make_adviser >/dev/null
stop_confide

last=$((CASES - 1))
case $STORE in
  h2)
    range="system_range(0, $last) as s(x)"
    at="dateadd(second, x * 900, timestamp with time zone '2024-01-01 00:00:00+00')"
    ;;
  postgres)
    range="generate_series(0, $last) as s(x)"
    at="(timestamp with time zone '2024-01-01 00:00:00+00' + x * interval '900 seconds')"
    ;;
esac
ref="lpad(cast(x as varchar), 10, '0')"
cat >"$WORK/seed.sql" <<SQL
insert into reports (reference, questionnaire_version, received_at, status, assignee, closed_at,
                     risk, anonymous, two_way_messaging, support_requested, answers)
select $ref, 1, $at,
       case when mod(x, 10) < 7 then 'CLOSED' when mod(x, 10) = 7 then 'NEW' else 'OPEN' end,
       case when mod(x, 10) = 7 then null
            when mod(x, 10) = 8 then (select id from staff where email = 'adviser@example.ac.uk')
            else '00000000-0000-4000-8000-000000000001' end,
       case when mod(x, 10) < 7 then $at + interval '1' day else null end,
       'NONE', true, true, false, cast('00' as bytea)
  from $range;
insert into message_threads (report_reference)
select $ref from $range where mod(x, 50) in (7, 8);
insert into messages (id, report_reference, position, side, author, body, sent_at, read_at)
select 'bench-' || $ref, $ref, 0, 'REPORTER', null, cast('00' as bytea), $at + interval '1' hour,
       null
  from $range where mod(x, 50) in (7, 8);
insert into escalations (id, report_reference, status, raised_at)
select 'bench-' || $ref, $ref, 'RAISED', $at from $range where mod(x, 100) = 7;
SQL
log "storing $CASES cases in $STORE"
seed_seconds=$(run_seed "$STORE" "$WORK/seed.sql")

start_confide "$STORE"
TOKEN=$(staff_token adviser@example.ac.uk 'benchmark adviser password')
B="http://127.0.0.1:$PORT/api/v1/staff/cases"
SECOND=$(curl -fs -H "Authorization: Bearer $TOKEN" "$B?view=queue" | jq -r .next)
declare -A urls=(
  [queue]="$B?view=queue" [queue-page-2]="$B?view=queue&after=$SECOND" [mine]="$B?view=mine"
  [unread]="$B?view=unread" [overdue]="$B?view=overdue" [escalated]="$B?view=escalated")
views=(queue queue-page-2 mine unread overdue escalated)
# The JIT first, on the default list, so that the first view timed is not the one paying for it.
hey -z 15s -c 8 -H "Authorization: Bearer $TOKEN" "${urls[queue]}" >/dev/null
for view in "${views[@]}"; do
  count=$(curl -fs -H "Authorization: Bearer $TOKEN" "${urls[$view]}" | jq '.cases | length')
  echo "$view $count" >>"$WORK/counts.txt"
  hey -z 5s -c 8 -H "Authorization: Bearer $TOKEN" "${urls[$view]}" >/dev/null
  hey -z "${SECONDS_PER_VIEW}s" -c 8 -H "Authorization: Bearer $TOKEN" "${urls[$view]}" \
    >"$WORK/$view.txt"
done
stop_confide

echo "store=$STORE cores=$(nproc) cases=$CASES stored in ${seed_seconds}s, clients=8, seconds=$SECONDS_PER_VIEW load average $LOAD_AT_START at start, $(load_average) at end"
printf '%-14s %6s %8s %8s %8s %8s %7s\n' view rows 'req/s' p50_ms p95_ms p99_ms non2xx
for view in "${views[@]}"; do
  read -r rps p50 p95 p99 bad <<<"$(hey_figures "$WORK/$view.txt")"
  rows=$(awk -v v="$view" '$1 == v { print $2 }' "$WORK/counts.txt")
  printf '%-14s %6s %8s %8s %8s %8s %7s\n' "$view" "$rows" "$rps" "$p50" "$p95" "$p99" "$bad"
done
