#!/usr/bin/env bash
# The service dashboard with many cases stored (default 100,000): p50/p95/p99 of
# GET /api/v1/staff/dashboard over HTTP, for the default range (the twelve months to this one) and
# for the longest (24 months), one client at a time and then 4 at once.
#   bench/dashboard.sh postgres|h2 [cases, default 100000] [seconds per run, default 20]
# Cases are stored straight into the database with one SQL statement per table (PostgreSQL through
# psql, H2 through its own RunScript tool in the Confide jar), one every 15 minutes back from about
# now (so about 35,000 in the last twelve months): every case older than the newest 6,000 (about
# two months) is closed, as a service that closes its cases, and of those 6,000, 70% are closed,
# 10% in the queue, 10% assigned to the benchmark's adviser and 10% to its lead (1,800 open); six
# in seven have a first staff reply between 0 and 96 hours after arrival (the open ones with the
# staff message in their thread, so that the overdue count reads real threads); three in four
# belong to one of three teams; every 100th has an escalation, three in four of them decided. Their
# sealed columns hold bytes that open as nothing: these cases can be counted, not opened.
source "$(dirname "$0")/lib.sh"
STORE=${1:?postgres or h2}
CASES=${2:-100000}
SECONDS_PER_RUN=${3:-20}
need_tools
[ "$STORE" = postgres ] && fresh_postgres

# First start: migrations, the administrator, the adviser and the lead. Then stop, so that H2's
# file is free.
start_confide "$STORE"
ADMIN_TOKEN=$(staff_token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
export ADMIN_TOKEN
make_staff adviser@example.ac.uk 'Bench Adviser' ADVISER 'benchmark adviser password' >/dev/null
make_staff lead@example.ac.uk 'Bench Lead' SAFEGUARDING_LEAD 'benchmark lead password' >/dev/null
stop_confide

last=$((CASES - 1))
# The newest case arrives about a day ago, the oldest CASES quarter-hours before it.
start_epoch=$(( $(date +%s) - 86400 - CASES * 900 ))
case $STORE in
  h2)
    range="system_range(0, $last) as s(x)"
    at="dateadd(second, $start_epoch + x * 900, timestamp with time zone '1970-01-01 00:00:00+00')"
    ;;
  postgres)
    range="generate_series(0, $last) as s(x)"
    at="(timestamp with time zone '1970-01-01 00:00:00+00' + ($start_epoch + x * 900) * interval '1 second')"
    ;;
esac
ref="lpad(cast(x as varchar), 10, '0')"
recent=$((CASES - 6000))
# Whether case x is open, and if so, who holds it (7 the queue, 8 the adviser, 9 the lead).
holder="case when x < $recent then 0 else mod(x, 10) end"
reply="$at + mod(x, 97) * interval '1' hour"
cat >"$WORK/seed.sql" <<SQL
insert into teams (id, name, name_key) values
  ('00000000-0000-4000-8000-0000000000a0', 'Student Support', 'student support'),
  ('00000000-0000-4000-8000-0000000000a1', 'HR', 'hr'),
  ('00000000-0000-4000-8000-0000000000a2', 'Equality, Diversity and Inclusion', 'equality, diversity and inclusion');
insert into reports (reference, questionnaire_version, received_at, status, assignee, closed_at,
                     risk, anonymous, two_way_messaging, support_requested, answers,
                     first_staff_reply_at)
select $ref, 1, $at,
       case when $holder < 7 then 'CLOSED' when $holder = 7 then 'NEW' else 'OPEN' end,
       case when $holder = 8 then (select id from staff where email = 'adviser@example.ac.uk')
            when $holder = 9 then (select id from staff where email = 'lead@example.ac.uk')
            else null end,
       case when $holder < 7 then $at + interval '5' day else null end,
       'NONE', true, true, false, cast('00' as bytea),
       case when mod(x, 7) = 0 then null else $reply end
  from $range;
insert into case_teams (report_reference, team_id)
select $ref, '00000000-0000-4000-8000-0000000000a' || cast(mod(x, 3) as varchar)
  from $range where mod(x, 4) <> 0;
insert into message_threads (report_reference)
select $ref from $range where $holder >= 7;
insert into messages (id, report_reference, position, side, author, body, sent_at, read_at)
select 'bench-' || $ref, $ref, 0, 'STAFF', (select id from staff where email = 'lead@example.ac.uk'),
       cast('00' as bytea), $reply, null
  from $range where $holder >= 7 and mod(x, 7) <> 0;
insert into escalations (id, report_reference, status, raised_at)
select 'bench-' || $ref, $ref,
       case mod(x, 400) when 7 then 'RAISED' when 107 then 'ACKNOWLEDGED' when 207 then 'REFERRED'
            else 'STOOD_DOWN' end, $at
  from $range where mod(x, 100) = 7;
insert into escalation_steps (escalation_id, position, kind, taken_at, staff, reasons)
select 'bench-' || $ref, 0, 'RAISED_AUTOMATICALLY', $at, null, cast('00' as bytea)
  from $range where mod(x, 100) = 7;
insert into escalation_steps (escalation_id, position, kind, taken_at, staff, rationale)
select 'bench-' || $ref, 1,
       case mod(x, 400) when 107 then 'ACKNOWLEDGED' when 207 then 'REFERRED' else 'STOOD_DOWN' end,
       $at + mod(x, 5) * interval '1' day, (select id from staff where email = 'lead@example.ac.uk'),
       cast('00' as bytea)
  from $range where mod(x, 100) = 7 and mod(x, 400) <> 7;
SQL
log "storing $CASES cases in $STORE"
seed_seconds=$(run_seed "$STORE" "$WORK/seed.sql")

start_confide "$STORE"
TOKEN=$(staff_token lead@example.ac.uk 'benchmark lead password')
B="http://127.0.0.1:$PORT/api/v1/staff/dashboard"
this_month=$(date -u +%Y-%m)
longest_from=$(date -u -d "$(date -u +%Y-%m-01) -23 months" +%Y-%m)
declare -A urls=([12-months]="$B" [24-months]="$B?from=$longest_from&to=$this_month")
runs=(12-months 24-months)
# The JIT first, so that the first run timed is not the one paying for it.
hey -z 15s -c 2 -H "Authorization: Bearer $TOKEN" "${urls[12-months]}" >/dev/null
for run in "${runs[@]}"; do
  curl -fs -H "Authorization: Bearer $TOKEN" "${urls[$run]}" >"$WORK/$run.json"
  echo "$run $(jq '[.months[].reports.count // 0] | add' "$WORK/$run.json") $(jq .workload.open "$WORK/$run.json")" >>"$WORK/counts.txt"
  for clients in 1 4; do
    hey -z "${SECONDS_PER_RUN}s" -c "$clients" -H "Authorization: Bearer $TOKEN" "${urls[$run]}" \
      >"$WORK/$run-$clients.txt"
  done
done
stop_confide

echo "store=$STORE cores=$(nproc) cases=$CASES stored in ${seed_seconds}s, seconds=$SECONDS_PER_RUN load average $LOAD_AT_START at start, $(load_average) at end"
printf '%-10s %8s %6s %8s %8s %8s %8s %8s %7s\n' range reports open clients 'req/s' p50_ms p95_ms p99_ms non2xx
for run in "${runs[@]}"; do
  read -r _ reports open <<<"$(awk -v r="$run" '$1 == r' "$WORK/counts.txt")"
  for clients in 1 4; do
    read -r rps p50 p95 p99 bad <<<"$(hey_figures "$WORK/$run-$clients.txt")"
    printf '%-10s %8s %6s %8s %8s %8s %8s %8s %7s\n' "$run" "$reports" "$open" "$clients" "$rps" "$p50" "$p95" "$p99" "$bad"
  done
done
