#!/usr/bin/env bash
# The public directory's benchmark (issue 11): generates N organizations straight into a
# fresh database, measures raw Lucene on the same rows with the same analysis and searches,
# then starts Ortak from the jar on that data (it rebuilds its index) and measures the
# public and coordinators' search APIs at 1, 8 and 32 clients, the map, the pages, the SQL
# statements per page and the whole open-data download. Writes a markdown report to
# bench/out/ and prints it.
#
#   bench/directory.sh [N=100000] [h2|postgres] [SECONDS_PER_LEVEL=20]
#
# Environment: ORTAK_BENCH_NO_BUILD=1 uses target/ortak-*.jar as it is;
# ORTAK_BENCH_DESCRIPTION=300 the length of each generated description;
# ORTAK_BENCH_XMX=1g Ortak's (and raw Lucene's) heap; ORTAK_BENCH_JAVA_OPTS more options
# for Ortak's JVM during the measured run (e.g. -XX:StartFlightRecording=filename=x.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
db=${2:-h2}
seconds=${3:-20}
port=18181
xmx=${ORTAK_BENCH_XMX:-1g}
token="bench-token-$RANDOM$RANDOM$RANDOM$RANDOM"
password="bench-password-$RANDOM$RANDOM"
data=$(mktemp -d /tmp/ortak-bench.XXXXXX)
mkdir -p bench/out
out="bench/out/directory-$db-$n-$(date +%Y%m%dT%H%M%S).md"

[ -n "${ORTAK_BENCH_NO_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
# a copy, so that a build during a long run does not change the jar under Ortak
cp "$(ls target/ortak-*.jar | head -n 1)" "$data/ortak.jar"
jar="$data/ortak.jar"
app="$data/app"
mkdir -p "$app"
(cd "$app" && unzip -q "$jar" 'BOOT-INF/*')

database=()
source=(--h2="$data")
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_bench with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database ortak_bench encoding 'UTF8' template template0" postgres
  url=jdbc:postgresql://127.0.0.1:5432/ortak_bench
  database=(--spring.profiles.active=postgres --spring.datasource.url=$url --spring.datasource.username=postgres --spring.datasource.password=)
  source=(--postgres=$url --user=postgres --data-dir="$data")
fi

pid=
start() { # start LOG_NAME [JVM_OPTIONS] [more arguments]
  local log="$data/ortak-$1.log"; shift
  local jvm=$1; shift
  java -Xmx$xmx $jvm -jar "$jar" --server.port=$port --ortak.data-dir="$data" \
    --ortak.admin-api-token="$token" --ortak.admin-password="$password" \
    --ortak.public-rate-limit.api-per-minute=100000000 --ortak.public-rate-limit.downloads-per-hour=100000 \
    --logging.level.root=warn --logging.level.org.ortak.shared.search=info "${database[@]}" "$@" > "$log" 2>&1 &
  pid=$!
}
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }; }
ready() { # seconds until /actuator/health/readiness is UP
  local t0=$(date +%s)
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "Ortak stopped; see $data" >&2; exit 1; }
    sleep 1
  done
  echo $(( $(date +%s) - t0 ))
}
trap 'stop; rm -rf "$data"' EXIT

# 1. a first start writes the schema, the demo regions and the administrator
start first "" --ortak.demo-data=true
first=$(ready)
stop

# 2. the register, straight into the database (and the index deleted)
java -Xmx1g -cp "$app/BOOT-INF/lib/*" bench/generate/Generate.java --n="$n" "${source[@]}" \
  --description="${ORTAK_BENCH_DESCRIPTION:-300}" | tee "$data/generate.txt"

# 3. raw Lucene on the same rows, while Ortak is stopped (H2's file is Ortak's alone)
java -Xmx$xmx -cp "$app/BOOT-INF/classes:$app/BOOT-INF/lib/*" bench/lucene/RawLucene.java "${source[@]}" \
  --seconds="$seconds" | tee "$data/raw.md"

# 4. Ortak on that data: it rebuilds its index before it is ready
start bench "${ORTAK_BENCH_JAVA_OPTS:-}"
rebuild=$(ready)
rebuilt=$(grep -o 'Rebuilt the search index in [0-9]* ms' "$data/ortak-bench.log" || echo "no rebuild logged")
region=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/regions" | jq -r '.[] | select(.name=="Kocaeli") | .id')
java bench/DirectoryBench.java --base="http://localhost:$port" --token="$token" --password="$password" \
  --region="$region" --seconds="$seconds" --pid="$pid" --parts=search,coordinators,map,pages,download | tee "$data/ortak.md"
rss=$(( $(ps -o rss= -p $pid) / 1024 ))
stop

# 5. SQL statements per page: Ortak once more, logging its SQL
start sql "" --logging.level.org.hibernate.SQL=debug
ready >/dev/null
java bench/DirectoryBench.java --base="http://localhost:$port" --token="$token" --password="$password" \
  --region="$region" --parts=statements --sql-log="$data/ortak-sql.log" | tee "$data/sql.md"
stop

row() { grep "^| $2 |" "$1" | head -n 1 | tr -d ' ' | cut -d'|' -f"$3"; } # FILE CLIENTS COLUMN
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }'; }
{
  echo "## Directory: $n organizations on $db, $(nproc) cores, $(date -u +%Y-%m-%d)"
  echo
  echo "Command: \`bench/directory.sh $n $db $seconds\` (Ortak and raw Lucene with -Xmx$xmx; commit $(git rev-parse --short HEAD))"
  echo
  grep '^| generate' "$data/generate.txt"
  echo
  echo "Ortak's first start (schema, demo regions): ready in $first s. After the generation, with the index deleted: ready in $rebuild s ($rebuilt)."
  echo
  echo "### Raw Lucene 9.12.3, same rows, same analysis, same searches"
  echo
  sed -n '/^| raw Lucene indexing/,$p' "$data/raw.md"
  echo
  cat "$data/ortak.md"
  cat "$data/sql.md"
  echo "Ortak's RSS after the run: $rss MB (heap limit $xmx)."
  echo
  echo "### Against raw Lucene and the goals"
  echo
  echo "| measure | raw Lucene | Ortak (public API) | ratio | goal |"
  echo "|---|---:|---:|---:|---|"
  raw32=$(row "$data/raw.md" 32 9); ortak32=$(row "$data/ortak.md" 32 9)
  raw1=$(row "$data/raw.md" 1 6); ortak1=$(row "$data/ortak.md" 1 6)
  echo "| searches/s at 32 clients | $raw32 | $ortak32 | $(ratio "$ortak32" "$raw32") | ≥ 0.5 |"
  echo "| p95 ms at 1 client | $raw1 | $ortak1 | $(ratio "$ortak1" "$raw1") | ≤ 3 |"
} > "$out"
cat "$out"
echo "written to $out"
