#!/usr/bin/env bash
# Single-row commits per second on H2, before and after WRITE_DELAY=0: bench/h2-commits/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
h2=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-2.*.jar' | sort -V | tail -n 1)
[ -n "$h2" ] || { ./mvnw -q dependency:resolve >/dev/null; h2=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-2.*.jar' | sort -V | tail -n 1); }
echo "H2: $(basename "$h2")"
java -cp "$h2" bench/h2-commits/H2Commits.java "${1:-5}"
