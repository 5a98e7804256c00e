#!/usr/bin/env bash
# Start-up time: from launching java -jar to the first 200 from /health, three times: the first on
# an empty database (migrations run, the secret key and first administrator are created), then on
# the database it left.
#   bench/startup.sh h2|postgres
source "$(dirname "$0")/lib.sh"
STORE=${1:?h2 or postgres}
need_tools
[ "$STORE" = postgres ] && fresh_postgres
echo "store=$STORE cores=$(nproc)"
for run in 1 2 3; do
  start=$(date +%s%N)
  start_confide "$STORE"
  end=$(date +%s%N)
  stop_confide
  label=existing; [ $run = 1 ] && label=empty
  printf 'start %d (%s database): %d ms to the first answered request\n' "$run" "$label" $(((end - start) / 1000000))
done
echo "load average $LOAD_AT_START at start, $(load_average) at end"
