#!/usr/bin/env bash
# Issue 13's goals in one run: src/bench/run.sh (renewal page and API against pgbench of their own statements,
# start-up, RSS), then src/bench/sweep.sh (the auto-renew sweep against the set-based bound, on one console and,
# with SWEEP_INSTANCES=2, on two at once), then a table of every goal with the ratio reached, written to
# $BENCH_OUT/goals.md. Each script keeps its own results file (results.md, sweep-results.md) beside it.
#
#   src/bench/all.sh
#
# Settings (environment, all optional; the scripts' own settings pass through):
#   PAGE_ACCOUNTS=2000 PAGE_RESOURCES=200000 PAGE_BIG=2000       data of the page run (run.sh)
#   SWEEP_ACCOUNTS=10000 SWEEP_RESOURCES=1000000 SWEEP_DUE=100000  data of the sweep run (the issue's size)
#   SWEEP_INSTANCES="1 2"     sweep runs to make: on one console, then on two at once
#   BENCH_OUT=target/bench    where the results go (one folder per part below it)
#   TABLE_ONLY=0              1: only print the goals table again from the results already in BENCH_OUT
set -euo pipefail

cd "$(dirname "$0")/../.."

BENCH_OUT=${BENCH_OUT:-target/bench}
PAGE_ACCOUNTS=${PAGE_ACCOUNTS:-2000}
PAGE_RESOURCES=${PAGE_RESOURCES:-200000}
PAGE_BIG=${PAGE_BIG:-2000}
SWEEP_ACCOUNTS=${SWEEP_ACCOUNTS:-10000}
SWEEP_RESOURCES=${SWEEP_RESOURCES:-1000000}
SWEEP_DUE=${SWEEP_DUE:-100000}
SWEEP_INSTANCES=${SWEEP_INSTANCES:-1 2}
mkdir -p "$BENCH_OUT"

log() { echo "[all $(date +%H:%M:%S)] $*" >&2; }

TABLE_ONLY=${TABLE_ONLY:-0}
if [[ $TABLE_ONLY != 1 && ! -f target/quarkus-app/quarkus-run.jar ]]; then
    log "building (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
fi

if [[ $TABLE_ONLY != 1 ]]; then
    log "pages, API, start-up and memory: src/bench/run.sh"
    BENCH_OUT="$BENCH_OUT/pages" ACCOUNTS=$PAGE_ACCOUNTS RESOURCES=$PAGE_RESOURCES BIG=$PAGE_BIG \
        WARMUP_DURATION=${WARMUP_DURATION:-20s} src/bench/run.sh
    for n in $SWEEP_INSTANCES; do
        log "auto-renew sweep on $n console(s): src/bench/sweep.sh"
        BENCH_OUT="$BENCH_OUT/sweep-$n" INSTANCES=$n ACCOUNTS=$SWEEP_ACCOUNTS RESOURCES=$SWEEP_RESOURCES DUE=$SWEEP_DUE \
            src/bench/sweep.sh
    done
fi

# ---- the goals table, from the scripts' results ----
PAGES=$BENCH_OUT/pages/results.md
ratio_row() { grep -E "^\| $1 \|" "$PAGES" | awk -F'|' '{ gsub(/ /, "", $6); print $6 }'; }
row_value() { grep -F "$1" "$PAGES" | head -1 | awk -F'|' '{ gsub(/^ +| +$/, "", $3); print $3 }'; }
page_p99=$(grep -F '| renewal page | `/renewals` |' "$PAGES" | awk -F'|' '{ gsub(/ /, "", $6); print $6 }')
{
    echo "# Issue 13 goals, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Pages: $PAGE_ACCOUNTS accounts, $PAGE_RESOURCES resources;"
    echo "sweep: $SWEEP_DUE due among $SWEEP_RESOURCES resources on $SWEEP_ACCOUNTS accounts."
    echo
    echo "| goal | reached | target |"
    echo "|---|---:|---:|"
    echo "| renewal page ÷ its pgbench bound (simple / prepared) | $(ratio_row page) | ≥ 0.5 |"
    echo "| renewal page p99 at 32 connections | $page_p99 | ≤ 50 ms |"
    echo "| API list ÷ its bound (simple / prepared) | $(ratio_row api) | ≥ 0.7 |"
    echo "| start, median of 3 | $(row_value 'start, JVM launch') | ≤ 2 s |"
    echo "| RSS after all wrk runs | $(row_value 'RSS after all wrk runs') | ≤ 400 MB |"
    for n in $SWEEP_INSTANCES; do
        f=$BENCH_OUT/sweep-$n/sweep-results.md
        full=$(grep -E '^\| bound, full' "$f" | head -1 | awk -F'|' '{ gsub(/[ *]/, "", $5); print $5 }')
        echo "| sweep ÷ full set-based bound, $n console(s) | ${full:-see $f} | ≤ 3 |"
    done
} >"$BENCH_OUT/goals.md"
cat "$BENCH_OUT/goals.md"
