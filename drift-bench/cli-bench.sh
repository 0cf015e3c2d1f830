#!/usr/bin/env bash
# The command line as users run it, whole processes side by side (hyperfine): drift diff of two databases
# against pg_dump --schema-only of both plus diff and Supabase's pg-delta; drift diff of two snapshot files;
# drift snapshot against pg_dump on one database; 1k, 5k and 20k tables. Figures go to docs/benchmarks.md.
#
#   drift-bench/cli-bench.sh prepare 1000 5000 20000   # load ref_N and tgt_N (tgt_N: ref_N plus 5 drifted objects)
#   drift-bench/cli-bench.sh run 1000 5000 20000       # measure; results in $OUT (default target/cli-bench)
#
# Environment: PGHOST, PGPORT, PGUSER (default localhost, 54915, postgres) name a PostgreSQL 15 server
# (pg_dump 15 refuses newer ones; see docs/benchmarks.md for starting one by hand); DRIFT_JAR (default
# drift-cli/target/drift.jar), DRIFT_FLAGS (the JVM flags to measure, default: the launcher's), RUNS
# (default 5), PGDELTA (the pgdelta command; default: pgdelta on the PATH; left out with a note when
# neither it nor node is there; install it outside the repository:
# npm install --prefix /opt/pgdelta @supabase/pg-delta@1.0.0-alpha.34).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-54915}" PGUSER="${PGUSER:-postgres}"
JAR="${DRIFT_JAR:-$ROOT/drift-cli/target/drift.jar}"
JSA="$(dirname "$JAR")/drift.jsa"
# The flags the launcher uses, read from the launcher itself (the one place they are set; see
# docs/benchmarks.md, "The command line").
DEFAULT_FLAGS="$(sed -n 's/^DEFAULT_JVM_OPTS="\(.*\)"$/\1/p' "$ROOT/drift-cli/src/dist/bin/drift")"
[ -n "$DEFAULT_FLAGS" ] || { echo "cli-bench: no DEFAULT_JVM_OPTS in drift-cli/src/dist/bin/drift" >&2; exit 2; }
if [ "$(uname -s)" = Linux ]; then
  DEFAULT_FLAGS="$DEFAULT_FLAGS $(sed -n 's/^LINUX_JVM_OPTS="\(.*\)"$/\1/p' "$ROOT/drift-cli/src/dist/bin/drift")"
fi
[ -f "$JSA" ] && DEFAULT_FLAGS="$DEFAULT_FLAGS -XX:SharedArchiveFile=$JSA"
FLAGS="${DRIFT_FLAGS:-$DEFAULT_FLAGS}"
RUNS="${RUNS:-5}"
OUT="${OUT:-$ROOT/target/cli-bench}"
PGDELTA="${PGDELTA:-$(command -v pgdelta || true)}"
URL="jdbc:postgresql://$PGHOST:$PGPORT"
LIBPQ="postgresql://$PGUSER@$PGHOST:$PGPORT"
mkdir -p "$OUT"

load() { echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; }

prepare() {
  local n="$1" schema="$OUT/schema_$n.sql"
  java -jar "$ROOT/drift-bench/target/drift-bench.jar" --print-schema "$n" > "$schema"
  for side in ref tgt; do
    psql -X -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS ${side}_$n" -c "CREATE DATABASE ${side}_$n" postgres
    psql -X -q -v ON_ERROR_STOP=1 -f "$schema" "${side}_$n" > /dev/null
  done
  psql -X -q -v ON_ERROR_STOP=1 "tgt_$n" <<'SQL'
ALTER TABLE public.orders ADD COLUMN external_id text;
DROP INDEX public.orders_name_lower_idx;
ALTER TABLE public.customers ALTER COLUMN quantity SET DEFAULT 2;
COMMENT ON TABLE public.invoices IS 'changed by hand';
ALTER TABLE public.customers ADD COLUMN legacy_flag boolean;
SQL
}

run() {
  local n="$1" drift="java $FLAGS -jar $JAR"
  local peer=()
  if [ -n "$PGDELTA" ] && command -v node > /dev/null; then
    peer=(-n "pg-delta plan" "$PGDELTA plan --source $LIBPQ/tgt_$n --desired $LIBPQ/ref_$n > /dev/null 2>&1")
  else
    echo "pg-delta: not measured (no pgdelta command or no node on this machine)" | tee "$OUT/pgdelta-$n.note"
  fi
  $drift snapshot --url "$URL/ref_$n?user=$PGUSER" -o "$OUT/ref_$n.json" 2> /dev/null
  $drift snapshot --url "$URL/tgt_$n?user=$PGUSER" -o "$OUT/tgt_$n.json" 2> /dev/null
  echo "load before diff $n: $(load)" | tee -a "$OUT/load.txt"
  hyperfine -N --ignore-failure --warmup 1 --runs "$RUNS" --export-markdown "$OUT/diff-$n.md" --export-json "$OUT/diff-$n.json" \
    -n "drift diff (two databases)" "$drift diff --reference $URL/ref_$n?user=$PGUSER --target $URL/tgt_$n?user=$PGUSER --format sql" \
    -n "pg_dump --schema-only of both + diff" "bash -c 'pg_dump --schema-only ref_$n > $OUT/a.sql; pg_dump --schema-only tgt_$n > $OUT/b.sql; diff $OUT/a.sql $OUT/b.sql > /dev/null; true'" \
    -n "pg_dump of both at once + diff" "bash -c 'pg_dump --schema-only ref_$n > $OUT/a.sql & pg_dump --schema-only tgt_$n > $OUT/b.sql; wait; diff $OUT/a.sql $OUT/b.sql > /dev/null; true'" \
    -n "drift diff (two snapshot files)" "$drift diff --reference $OUT/ref_$n.json --target $OUT/tgt_$n.json --format sql" \
    "${peer[@]}"
  echo "load after diff $n: $(load)" | tee -a "$OUT/load.txt"
  hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$OUT/snapshot-$n.md" --export-json "$OUT/snapshot-$n.json" \
    -n "drift snapshot" "$drift snapshot --url $URL/ref_$n?user=$PGUSER -o $OUT/s.json" \
    -n "pg_dump --schema-only" "bash -c 'pg_dump --schema-only ref_$n > $OUT/a.sql'"
  echo "load after snapshot $n: $(load)" | tee -a "$OUT/load.txt"
  # Time and peak memory of one diff under a 512 MB heap (GNU time: elapsed seconds, maximum resident KB).
  /usr/bin/time -f "diff $n under -Xmx512m: %e s, %M KB resident" java $FLAGS -Xmx512m -jar "$JAR" diff \
    --reference "$URL/ref_$n?user=$PGUSER" --target "$URL/tgt_$n?user=$PGUSER" --format sql > /dev/null 2>> "$OUT/memory.txt" || true
  tail -1 "$OUT/memory.txt"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  prepare) for n in "$@"; do prepare "$n"; done ;;
  run) for n in "$@"; do run "$n"; done ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
