#!/usr/bin/env bash
# Start-up time: from launching Confide to the first 200 from /health. Started as the README's run
# command starts it (bin/confide, with its start-up cache): once on an empty database (migrations
# run, the secret key and first administrator are created; on Java 25 this start records the cache,
# written when it stops), then three times on the database it left; then three times more on that
# database with plain `java -jar`, without the cache, for comparison.
#   bench/startup.sh h2|postgres
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
need_tools
[ "$STORE" = postgres ] && fresh_postgres
echo "store=$STORE cores=$(nproc) java=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')"
for run in 1 2 3 4 5 6 7; do
  how="bin/confide"; START_WITH_SCRIPT=1
  [ $run -gt 4 ] && { how="java -jar, no cache"; START_WITH_SCRIPT=0; }
  label=existing; [ $run = 1 ] && label=empty
  start=$(date +%s%N)
  START_WITH_SCRIPT=$START_WITH_SCRIPT start_confide "$STORE"
  end=$(date +%s%N)
  stop_confide
  printf 'start %d (%s database, %s): %d ms to the first answered request\n' "$run" "$label" "$how" $(((end - start) / 1000000))
done
echo "load average $LOAD_AT_START at start, $(load_average) at end"
