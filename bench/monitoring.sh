#!/usr/bin/env bash
# The monitoring benchmark (issue 15) on PostgreSQL: Ortak starts from the jar on a fresh
# database with its demo data, then VALUES indicator values and ATTENDANCE attendance rows
# are written straight into the database (bench/monitoring/generate.sql: 100,000 events,
# a target on each of the Zanjan plan's items, 10,000 more targets, the Azerbaijani
# project's 40 women at its 12 activities), and the results views of the plan and the
# project are read (bench/monitoring/MonitoringBench.java). Writes a markdown report to
# bench/out/ and prints it.
#
#   bench/monitoring.sh [VALUES=10000000] [ATTENDANCE=10000000] [ROUNDS=100]
#
# Environment: ORTAK_BENCH_NO_BUILD=1 uses target/ortak-*.jar as it is; ORTAK_BENCH_REUSE=1
# reads the database ortak_bench as an earlier run left it (no new data written).
set -euo pipefail
cd "$(dirname "$0")/.."
values=${1:-10000000}
attendance=${2:-10000000}
rounds=${3:-100}
port=18185
token="bench-token-$RANDOM$RANDOM$RANDOM$RANDOM"
data=$(mktemp -d /tmp/ortak-monitoring-bench.XXXXXX)
mkdir -p bench/out
out="bench/out/monitoring-$(date +%Y%m%dT%H%M%S).md"

[ -n "${ORTAK_BENCH_NO_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/ortak-*.jar | head -n 1)

if [ -z "${ORTAK_BENCH_REUSE:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_bench with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database ortak_bench encoding 'UTF8' template template0" postgres
fi
pid=
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }; }
trap 'stop; rm -rf "$data"' EXIT
java -Xmx1g -jar "$jar" --server.port=$port --ortak.data-dir="$data" --ortak.admin-api-token="$token" \
  --logging.level.root=warn --spring.profiles.active=postgres \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/ortak_bench --spring.datasource.username=postgres \
  --spring.datasource.password= > "$data/ortak.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "Ortak stopped; see the log" >&2; cat "$data/ortak.log" >&2; exit 1; }
  sleep 1
done
started=$(date +%s)
if [ -z "${ORTAK_BENCH_REUSE:-}" ]; then
  psql -h 127.0.0.1 -U postgres -d ortak_bench -v values="$values" -v attendance="$attendance" \
    -f bench/monitoring/generate.sql > "$data/generate.log"
fi
generated=$(( $(date +%s) - started ))
{
  echo "# Monitoring benchmark — postgres — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n 1); \`bench/monitoring.sh $values $attendance $rounds\`"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| indicator values | $(psql -h 127.0.0.1 -U postgres -d ortak_bench -Atc 'select count(*) from indicator_value') |"
  echo "| attendance rows | $(psql -h 127.0.0.1 -U postgres -d ortak_bench -Atc 'select count(*) from registration where checked_in_at is not null') |"
  echo "| written in | ${generated} s |"
  java bench/monitoring/MonitoringBench.java "http://localhost:$port" "$token" "$rounds"
} | tee "$out"
