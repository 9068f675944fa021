#!/usr/bin/env bash
# Ortak's register benchmark: builds the jar, starts Ortak on a fresh database (H2 by
# default, or PostgreSQL), generates N organizations through the API and runs the search
# API at 1, 8 and 32 concurrent clients. Results go to bench/out/.
#
#   bench/run.sh [N=10000] [h2|postgres] [SECONDS_PER_LEVEL=20]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
db=${2:-h2}
seconds=${3:-20}
port=18080
token="bench-$RANDOM$RANDOM$RANDOM"
data=$(mktemp -d)
mkdir -p bench/out
out="bench/out/search-$db-$n-$(date +%Y%m%dT%H%M%S).md"

./mvnw -q -B package -DskipTests
jar=$(ls target/ortak-*.jar | head -n 1)

export ORTAK_ADMIN_API_TOKEN="$token" ORTAK_ADMIN_PASSWORD="bench-$token"
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_bench with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database ortak_bench encoding 'UTF8' template template0" postgres
  export SPRING_PROFILES_ACTIVE=postgres ORTAK_DB_URL=jdbc:postgresql://127.0.0.1:5432/ortak_bench ORTAK_DB_USER=postgres
fi

java -Xmx1g -jar "$jar" ${ORTAK_BENCH_ARGS:-} --server.port=$port --ortak.data-dir="$data" --logging.level.root=warn > "$data/ortak.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 0.5; done
sleep 2

{
  echo "## $n organizations on $db, $(nproc) cores, $(date -u +%Y-%m-%d)"
  echo
  java bench/SearchBench.java "http://localhost:$port" "$token" "$n" "$seconds"
  echo
  echo "Ortak's RSS after the run: $(( $(ps -o rss= -p $pid) / 1024 )) MB (heap limit 1 GB)"
} | tee "$out"
echo "written to $out"
