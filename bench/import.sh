#!/usr/bin/env bash
# The import benchmark (issue 12): a Polish register's spreadsheet of N rows (CSV,
# bench/imports/ImportCsv.java) imported by Ortak from upload to the last row indexed, beside
# the reference pipeline measured in the same run on the same file: PostgreSQL's COPY of it
# into a plain table, then raw Lucene indexing the same rows with the same analysis
# (bench/lucene/RawLucene.java --index-only). Then the coordinators' export of the whole
# register as CSV, its time and the heap it used. Writes a markdown report to bench/out/
# and prints it.
#
#   bench/import.sh [N=100000] [h2|postgres]
#
# Environment: ORTAK_BENCH_NO_BUILD=1 uses target/ortak-*.jar as it is; ORTAK_BENCH_XMX=3g
# Ortak's (and raw Lucene's) heap.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
db=${2:-h2}
port=18182
xmx=${ORTAK_BENCH_XMX:-3g}
token="bench-token-$RANDOM$RANDOM$RANDOM$RANDOM"
data=$(mktemp -d /tmp/ortak-import-bench.XXXXXX)
mkdir -p bench/out
out="bench/out/import-$db-$n-$(date +%Y%m%dT%H%M%S).md"
api="http://localhost:$port/api/v1"
auth="Authorization: Bearer $token"

[ -n "${ORTAK_BENCH_NO_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
cp "$(ls target/ortak-*.jar | head -n 1)" "$data/ortak.jar"
jar="$data/ortak.jar"
app="$data/app"
mkdir -p "$app"
(cd "$app" && unzip -q "$jar" 'BOOT-INF/*')

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf (s > 0 ? "%.0f" : "-"), n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }'; }

# 1. the file
csv="$data/rejestr.csv"
java bench/imports/ImportCsv.java "$n" "$csv"
megabytes=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1048576 }')

# 2. the reference: COPY of the same file into PostgreSQL (whatever Ortak runs on)
psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_import_ref with (force)" postgres
psql -h 127.0.0.1 -U postgres -qc "create database ortak_import_ref encoding 'UTF8' template template0" postgres
psql -h 127.0.0.1 -U postgres -q ortak_import_ref -c "create table ref_import (name text, kind text, krs text,
  region text, address text, founded text, members text, women text, sectors text, phone text, email text,
  description text)"
t=$(now)
psql -h 127.0.0.1 -U postgres -q ortak_import_ref \
  -c "\\copy ref_import from '$csv' with (format csv, header true, delimiter ';', encoding 'UTF8')"
copy_s=$(since "$t")
psql -h 127.0.0.1 -U postgres -qc "drop database ortak_import_ref" postgres

database=()
source=(--h2="$data")
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_bench with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database ortak_bench encoding 'UTF8' template template0" postgres
  url=jdbc:postgresql://127.0.0.1:5432/ortak_bench
  database=(--spring.profiles.active=postgres --spring.datasource.url=$url --spring.datasource.username=postgres --spring.datasource.password=)
  source=(--postgres=$url --user=postgres)
fi

pid=
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }; }
trap 'stop; rm -rf "$data"' EXIT
java -Xmx$xmx -jar "$jar" --server.port=$port --ortak.data-dir="$data" --ortak.admin-api-token="$token" \
  --ortak.demo-data=true --ortak.imports.max-file-size=2GB --spring.servlet.multipart.max-file-size=2GB \
  --spring.servlet.multipart.max-request-size=2GB --ortak.jobs.polling-interval=100ms \
  --logging.level.root=warn "${database[@]}" > "$data/ortak.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "Ortak stopped; see $data/ortak.log" >&2; cat "$data/ortak.log" >&2; exit 1; }
  sleep 1
done

state() { curl -s -H "$auth" "$api/imports/$1" | jq -r .state; }
await() { # ID STATE...
  local id=$1; shift
  while true; do
    local s; s=$(state "$id")
    for want in "$@"; do [ "$s" = "$want" ] && return 0; done
    case "$s" in FAILED|CANCELLED) curl -s -H "$auth" "$api/imports/$id" >&2; exit 1;; esac
    sleep 0.2
  done
}

# 3. Ortak: upload, dry run, commit of the good rows (one in a thousand is bad), indexed
start=$(now)
id=$(curl -sf -H "$auth" -F "file=@$csv;type=text/csv" "$api/imports" | jq -r .id)
upload_s=$(since "$start")
t=$(now)
curl -sf -X POST -H "$auth" "$api/imports/$id/dry-run" >/dev/null
await "$id" CHECKED
dry_s=$(since "$t")
t=$(now)
curl -sf -X POST -H "$auth" -H 'Content-Type: application/json' -d '{"allOrNothing": false}' \
  "$api/imports/$id/commit" >/dev/null
await "$id" DONE
commit_s=$(since "$t")
total_s=$(since "$start")
curl -s -H "$auth" "$api/imports/$id" > "$data/import.json"
created=$(jq .counts.created "$data/import.json")
bad=$(jq .counts.bad "$data/import.json")
phase() { jq -r ".phaseMillis.$1 // 0" "$data/import.json" | awk '{ printf "%.2f", $1 / 1000 }'; }
staging_s=$(phase STAGING); checks_s=$(phase CHECKS); applying_s=$(phase APPLYING); indexing_s=$(phase INDEXING)
found=$(curl -s -H "$auth" "$api/organizations?size=1&q=nr" | jq .totalElements)

# 4. the coordinators' export of the whole register, and the heap it takes
jstat -gc "$pid" 200 > "$data/jstat.txt" &
sampler=$!
t=$(now)
exported=$(curl -sf -H "$auth" "$api/organizations/export.csv?archived=true" | wc -l)
export_s=$(since "$t")
kill "$sampler" 2>/dev/null || true
# heap in use (survivors, eden, old) at its highest while the export ran, in MB
export_heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$data/jstat.txt")
stop

# 5. the reference's second half: raw Lucene indexing the same rows, read from the same database
java -Xmx$xmx -cp "$app/BOOT-INF/classes:$app/BOOT-INF/lib/*" bench/lucene/RawLucene.java "${source[@]}" \
  --index-only | tee "$data/raw.md"
lucene_docs=$(grep '^| raw Lucene indexing' "$data/raw.md" | awk -F'|' '{ print $3 }' | grep -o '^ *[0-9]*' | tr -d ' ')
lucene_s=$(grep '^| raw Lucene indexing' "$data/raw.md" | awk -F'|' '{ print $4 }' | grep -o '[0-9.]*')

reference_s=$(awk -v a="$copy_s" -v b="$lucene_s" -v n="$n" -v d="$lucene_docs" 'BEGIN { printf "%.2f", a + b * n / d }')
{
  echo "## Import: $n rows on $db, $(nproc) cores, $(date -u +%Y-%m-%d)"
  echo
  echo "Command: \`bench/import.sh $n $db\` (Ortak and raw Lucene with -Xmx$xmx; commit $(git rev-parse --short HEAD)). The file: $megabytes MB of CSV (bench/imports/ImportCsv.java)."
  echo
  echo "| phase | seconds | rows/s |"
  echo "|---|---:|---:|"
  echo "| upload (recognised, kept) | $upload_s | $(rate "$n" "$upload_s") |"
  echo "| dry run: staging (read, typed, checked by the register's rules, $( [ "$db" = postgres ] && echo COPY || echo 'batched inserts')) | $staging_s | $(rate "$n" "$staging_s") |"
  echo "| dry run: checks in SQL (match, duplicates, rules against what is stored) | $checks_s | $(rate "$n" "$checks_s") |"
  echo "| dry run, whole (with the job's start) | $dry_s | $(rate "$n" "$dry_s") |"
  echo "| commit: apply in SQL with history | $applying_s | $(rate "$created" "$applying_s") |"
  echo "| commit: index in bulk | $indexing_s | $(rate "$created" "$indexing_s") |"
  echo "| commit, whole | $commit_s | $(rate "$created" "$commit_s") |"
  echo "| **end to end** (upload to the last row indexed) | **$total_s** | **$(rate "$n" "$total_s")** |"
  echo
  echo "$created organizations created, $bad rows refused by the dry run (a kind nobody knows), $found found by searching \"nr\" after it."
  echo
  echo "| reference pipeline, same file, same run | seconds | rows/s |"
  echo "|---|---:|---:|"
  echo "| PostgreSQL \`COPY\` into a plain table | $copy_s | $(rate "$n" "$copy_s") |"
  echo "| raw Lucene 9.12.3 indexing, same analysis ($lucene_docs documents read over JDBC) | $lucene_s | $(rate "$lucene_docs" "$lucene_s") |"
  echo "| **reference end to end** (COPY, then indexing $n) | **$reference_s** | **$(rate "$n" "$reference_s")** |"
  echo
  echo "Ortak's end to end against the reference: **$(ratio "$(rate "$n" "$total_s")" "$(rate "$n" "$reference_s")")** (goal ≥ 0.33)."
  echo
  echo "Export of the whole register as CSV (\`/api/v1/organizations/export.csv?archived=true\`): $exported lines in $export_s s ($(rate "$exported" "$export_s") rows/s); the heap in use peaked at $export_heap MB while it ran (limit $xmx)."
} > "$out"
cat "$out"
echo "written to $out"
