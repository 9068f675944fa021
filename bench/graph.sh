#!/usr/bin/env bash
# The collaboration graph's benchmark (issue 14): ORGANIZATIONS organizations, NETWORKS
# networks of MEMBERS members (the first a union of UNION members) and AGREEMENTS
# agreements made through the API on the demo's regions, then /api/v1/graph read whole
# (grouped), for one kind and for one district: median time, size, nodes and edges
# (bench/graph/GraphBench.java). Ortak starts from the jar on port 18184 on a fresh
# database. Writes a markdown report to bench/out/ and prints it.
#
#   bench/graph.sh [h2|postgres] [ORGANIZATIONS=10000] [NETWORKS=200] [MEMBERS=40] [UNION=2000] [AGREEMENTS=1000]
#
# Environment: ORTAK_BENCH_NO_BUILD=1 uses target/ortak-*.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
organizations=${2:-10000}
networks=${3:-200}
members=${4:-40}
union=${5:-2000}
agreements=${6:-1000}
port=18184
token="bench-token-$RANDOM$RANDOM$RANDOM$RANDOM"
data=$(mktemp -d /tmp/ortak-graph-bench.XXXXXX)
mkdir -p bench/out
out="bench/out/graph-$db-$(date +%Y%m%dT%H%M%S).md"

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
# the demo's regions (and its few organizations); the API's rate limit is for the public API only
java -Xmx1g -jar "$jar" --server.port=$port --ortak.data-dir="$data" --ortak.admin-api-token="$token" \
  --logging.level.root=warn "${database[@]}" > "$data/ortak.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "Ortak stopped; see the log" >&2; cat "$data/ortak.log" >&2; exit 1; }
  sleep 1
done
{
  echo "# Collaboration graph benchmark — $db — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n 1); \`bench/graph.sh $db $organizations $networks $members $union $agreements\`"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  java bench/graph/GraphBench.java "http://localhost:$port" "$token" "$organizations" "$networks" "$members" "$union" "$agreements"
} | tee "$out"
