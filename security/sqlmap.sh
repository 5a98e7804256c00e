#!/usr/bin/env bash
# sqlmap against Confide on loopback: the submission, the access-code and staff logins (API and
# sign-in pages), and the staff case endpoints. Fails (exit 1) if sqlmap finds any injectable
# parameter or the server answers any probe with a 5xx.
#
#   security/sqlmap.sh                  # on embedded H2
#   security/sqlmap.sh postgres [URL]   # on PostgreSQL (default URL: a database confide_sqlmap on
#                                       # 127.0.0.1, dropped and created afresh)
#
# Bounds, from the environment: SQLMAP_LEVEL (default 3), SQLMAP_RISK (1), SQLMAP_TECHNIQUE (BEU:
# boolean, error and union based; add S and T for stacked and time-based, much slower),
# SQLMAP_PORT (7181). Output, per target, in target/sqlmap/. sqlmap is installed from Debian when
# missing. Nothing leaves this machine: the server listens on 127.0.0.1 and sqlmap talks only to it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STORE="${1:-h2}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="$ROOT/bootstrap/target/confide.jar"
PORT="${SQLMAP_PORT:-7181}"
BASE="http://127.0.0.1:$PORT"
LEVEL="${SQLMAP_LEVEL:-3}"
RISK="${SQLMAP_RISK:-1}"
TECHNIQUE="${SQLMAP_TECHNIQUE:-BEU}"
OUT="$ROOT/target/sqlmap"
WORK="$(mktemp -d /tmp/confide-sqlmap.XXXXXX)"
ADMIN_EMAIL=admin@example.ac.uk
ADMIN_PASSWORD='sqlmap admin password'
ADVISER_EMAIL=adviser@example.ac.uk
ADVISER_PASSWORD='sqlmap adviser password'
# An account that never finishes signing in: two-factor sign-in is required and it has not set it
# up, so its right password still answers 200 (a session good only for setting up), which gives
# sqlmap a true answer to tell from a false one on the login targets.
PROBE_EMAIL=probe@example.ac.uk
PROBE_PASSWORD='sqlmap probe password'
SERVER_PID=

log() { printf '[sqlmap] %s\n' "$*" >&2; }

cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR

# 1. Tools and the jar.
if ! command -v sqlmap >/dev/null; then
  log "installing sqlmap from Debian"
  apt-get install -y -qq sqlmap >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlmap >/dev/null; }
fi
command -v jq >/dev/null || { log "installing jq from Debian"; apt-get install -y -qq jq >/dev/null; }
command -v oathtool >/dev/null || { log "installing oathtool from Debian"; apt-get install -y -qq oathtool >/dev/null; }
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -DskipTests package)
fi

# 2. The server, on loopback.
env_vars=(CONFIDE_SECRET_KEY_FILE="$WORK/secret.key"
  CONFIDE_ADMIN_EMAIL="$ADMIN_EMAIL" CONFIDE_ADMIN_PASSWORD="$ADMIN_PASSWORD")
case $STORE in
  h2) env_vars+=(CONFIDE_STORE=h2 CONFIDE_DATA_DIR="$WORK/data"); DBMS=H2 ;;
  postgres)
    url="${2:-}"
    if [ -z "$url" ]; then
      psql -q -h 127.0.0.1 -U postgres -c "drop database if exists confide_sqlmap" \
        -c "create database confide_sqlmap" >/dev/null
      url="jdbc:postgresql://127.0.0.1:5432/confide_sqlmap?user=postgres"
    fi
    env_vars+=(CONFIDE_DATABASE_URL="$url"); DBMS=PostgreSQL ;;
  *) log "usage: security/sqlmap.sh [h2 | postgres [JDBC_URL]]"; exit 2 ;;
esac
rm -rf "$OUT" && mkdir -p "$OUT"
# A free port of our own: another process answering on it would be probed in our place.
while curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do
  log "port $PORT is taken; trying $((PORT + 1))"
  PORT=$((PORT + 1))
done
BASE="http://127.0.0.1:$PORT"
env_vars+=(CONFIDE_PORT="$PORT")
log "starting Confide on $STORE at $BASE"
env "${env_vars[@]}" "$JAVA_HOME/bin/java" -cp "$JAR" "$ROOT/security/SqlmapTarget.java" \
  >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
ready=
for _ in $(seq 1 180); do
  if grep -q 'SQLMAP TARGET READY' "$OUT/server.log" && curl -fs "$BASE/health" >/dev/null 2>&1; then
    ready=1
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 1
done
if [ -z "$ready" ]; then
  log "the server did not start:"
  cat "$OUT/server.log" >&2
  exit 1
fi

# 3. Someone to be: a staff session through the one staff-login function, an adviser with a case,
#    and a reporter with a code and a session.
json() { curl -fs -X "$1" "$BASE$2" -H 'Content-Type: application/json' "${@:4}" -d "$3"; }

# The one way this script signs a staff member in: prints the bearer token. The server runs as a
# new deployment does, with two-factor sign-in required of staff, so a first sign-in sets it up,
# oathtool standing in for the authenticator app.
staff_login() {
  local reply token secret code
  reply=$(json POST /api/v1/staff/session "$(jq -cn --arg e "$1" --arg p "$2" '{email: $e, password: $p}')")
  token=$(jq -er .token <<<"$reply")
  if [ "$(jq -r .twoFactorSetUpRequired <<<"$reply")" = true ]; then
    secret=$(json POST /api/v1/staff/two-factor '{}' -H "Authorization: Bearer $token" | jq -er .secret)
    code=$(oathtool --totp -b "$secret")
    token=$(json POST /api/v1/staff/two-factor/confirmation "{\"code\": \"$code\"}" \
      -H "Authorization: Bearer $token" | jq -er .token)
  fi
  echo "$token"
}

ADMIN=$(staff_login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
json POST /api/v1/admin/staff "$(jq -cn --arg e "$ADVISER_EMAIL" --arg p "$ADVISER_PASSWORD" \
  '{email: $e, displayName: "Sam Adviser", roles: ["ADVISER"], password: $p}')" \
  -H "Authorization: Bearer $ADMIN" >/dev/null
ADVISER=$(staff_login "$ADVISER_EMAIL" "$ADVISER_PASSWORD")
json POST /api/v1/admin/staff "$(jq -cn --arg e "$PROBE_EMAIL" --arg p "$PROBE_PASSWORD" \
  '{email: $e, displayName: "Pat Probe", roles: ["ADVISER"], password: $p}')" \
  -H "Authorization: Bearer $ADMIN" >/dev/null
REPORT='{"questionnaireVersion": 1, "answers": {"incident-type": ["harassment"], "where": "on-campus", "reporter-role": "student", "affected-person": "me", "under-18": "no", "immediate-danger": "no", "named-person": "Someone"}, "account": "What happened", "anonymous": true, "messaging": true}'
RECEIPT=$(json POST /api/v1/reports "$REPORT")
CODE=$(jq -er .accessCode <<<"$RECEIPT")
REF=$(jq -er .reference <<<"$RECEIPT")
json POST "/api/v1/staff/cases/$REF/assignment" "{\"assignee\": \"$ADVISER_EMAIL\"}" \
  -H "Authorization: Bearer $ADVISER" >/dev/null
REPORTER=$(json POST /api/v1/reporter/session "{\"accessCode\": \"$CODE\"}" | jq -er .token)
# A browser's visit to the sign-in page: its visit cookie, and the form token the page made for it
# (a token is good only with the cookie it was made for).
SIGN_IN_PAGE=$(curl -fs -D "$OUT/sign-in.headers" "$BASE/sign-in")
VISIT=$(sed -n 's/^[Ss]et-[Cc]ookie: confide_form=\([^;]*\);.*/\1/p' "$OUT/sign-in.headers" | head -1)
FORM=$(grep -o 'name="csrf" value="[^"]*"' <<<"$SIGN_IN_PAGE" | head -1 | sed 's/.*value="//; s/"$//')
if [ -z "$VISIT" ] || [ -z "$FORM" ]; then
  log "the sign-in page gave no visit cookie or form token"
  exit 1
fi

# 4. sqlmap, one target at a time: run_sqlmap NAME [sqlmap options...]
failed=0
run_sqlmap() {
  local name=$1; shift
  log "sqlmap: $name"
  local started=$SECONDS
  sqlmap --batch --disable-coloring --flush-session --level="$LEVEL" --risk="$RISK" \
    --technique="$TECHNIQUE" --dbms="$DBMS" --timeout=10 --retries=1 --threads=2 --ignore-code=401 \
    --drop-set-cookie \
    --output-dir="$OUT/$name" "$@" >"$OUT/$name.txt" 2>&1 || true
  log "  $name took $((SECONDS - started)) s"
  if grep -qE "identified the following injection point|parameter '.*' is '.*' injectable" "$OUT/$name.txt"; then
    log "  INJECTABLE: see $OUT/$name.txt"
    failed=1
  fi
  if grep -qE "HTTP error codes detected during run:.*5[0-9][0-9]" "$OUT/$name.txt"; then
    log "  the server answered 5xx: $(grep -E 'HTTP error codes' "$OUT/$name.txt")"
    failed=1
  fi
  if ! grep -qE "do not appear to be injectable|does not seem to be injectable" "$OUT/$name.txt"; then
    log "  sqlmap did not finish testing: see $OUT/$name.txt"
    failed=1
  fi
}

run_sqlmap submission -u "$BASE/api/v1/reports" --method=POST \
  -H 'Content-Type: application/json' --data="$REPORT"
run_sqlmap reporter-session -u "$BASE/api/v1/reporter/session" --method=POST \
  -H 'Content-Type: application/json' --data="{\"accessCode\": \"$CODE\"}"
run_sqlmap reporter-messages -u "$BASE/api/v1/reporter/messages" --method=POST \
  -H 'Content-Type: application/json' -H "Authorization: Bearer $REPORTER" \
  --data='{"body": "Is anyone there?"}'
run_sqlmap staff-session -u "$BASE/api/v1/staff/session" --method=POST \
  -H 'Content-Type: application/json' \
  --data="{\"email\": \"$PROBE_EMAIL\", \"password\": \"$PROBE_PASSWORD\", \"code\": \"\"}"
run_sqlmap sign-in-page -u "$BASE/sign-in" --method=POST \
  --cookie="confide_form=$VISIT" --data="csrf=$FORM&code=$CODE" -p code
run_sqlmap staff-sign-in-page -u "$BASE/staff/sign-in" --method=POST \
  --cookie="confide_form=$VISIT" \
  --data="csrf=$FORM&email=$PROBE_EMAIL&password=$(jq -rn --arg p "$PROBE_PASSWORD" '$p|@uri')&code=" \
  -p email,password,code
run_sqlmap case-list -u "$BASE/api/v1/staff/cases?view=queue" -p view \
  -H "Authorization: Bearer $ADVISER"
run_sqlmap case-view -u "$BASE/api/v1/staff/cases/$REF*" -H "Authorization: Bearer $ADVISER"
run_sqlmap case-messages -u "$BASE/api/v1/staff/cases/$REF/messages" --method=POST \
  -H 'Content-Type: application/json' -H "Authorization: Bearer $ADVISER" \
  --data='{"body": "We are here to help."}'

if [ "$failed" -ne 0 ]; then
  log "FAILED: see $OUT"
  exit 1
fi
log "no injectable parameter and no 5xx in any target (level $LEVEL, risk $RISK, techniques $TECHNIQUE, $DBMS)"
