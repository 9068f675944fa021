#!/usr/bin/env bash
# The events benchmark (issue 13): registrations per second for one event — REGISTRATIONS
# sent at once by CLIENTS clients through the API for CAPACITY places, then the capacity
# checked exact (confirmed = CAPACITY, the rest waiting) — and the public calendar feed's
# time with EVENTS events (bench/events/EventsBench.java). Ortak starts from the jar on port
# 18183 on a fresh database. Writes a markdown report to bench/out/ and prints it.
#
#   bench/events.sh [h2|postgres] [REGISTRATIONS=2000] [CAPACITY=400] [CLIENTS=32] [EVENTS=10000]
#
# Environment: ORTAK_BENCH_NO_BUILD=1 uses target/ortak-*.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
registrations=${2:-2000}
capacity=${3:-400}
clients=${4:-32}
events=${5:-10000}
port=18183
token="bench-token-$RANDOM$RANDOM$RANDOM$RANDOM"
data=$(mktemp -d /tmp/ortak-events-bench.XXXXXX)
mkdir -p bench/out
out="bench/out/events-$db-$(date +%Y%m%dT%H%M%S).md"

[ -n "${ORTAK_BENCH_NO_BUILD:-}" ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/ortak-*.jar | head -n 1)

database=()
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists ortak_bench with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database ortak_bench encoding 'UTF8' template template0" postgres
  database=(--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/ortak_bench
    --spring.datasource.username=postgres --spring.datasource.password=)
fi
pid=
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }; }
trap 'stop; rm -rf "$data"' EXIT
# mails are not sent (no spring.mail.host): their jobs run and find no sender
java -Xmx1g -jar "$jar" --server.port=$port --ortak.data-dir="$data" --ortak.admin-api-token="$token" \
  --ortak.demo-data=false --logging.level.root=warn "${database[@]}" > "$data/ortak.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "Ortak stopped; see the log" >&2; cat "$data/ortak.log" >&2; exit 1; }
  sleep 1
done
{
  echo "# Events benchmark — $db — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n 1); \`bench/events.sh $db $registrations $capacity $clients $events\`"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  java bench/events/EventsBench.java "http://localhost:$port" "$token" "$registrations" "$capacity" "$clients" "$events"
} | tee "$out"
