#!/usr/bin/env bash
# One console vs two on the same database (issue 13): generated data (generate.sql), then per URL the same
# total number of wrk connections against one console, and split over two consoles (two wrk processes at
# once, half the connections each: what a round-robin balancer does), req/s summed.
#
#   src/bench/two-instances.sh
#
# Settings (environment, all optional):
#   BENCH_DB=billing_two     database to (re)create; DROPPED first, and at the end unless BENCH_KEEP_DB=1
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT1=8480 PORT2=8481    the consoles' HTTP ports
#   ACCOUNTS=1000 RESOURCES=100000 BIG=500       data size (BIG: resources of the measured account)
#   WRK_THREADS=2 WRK_CONNECTIONS=16 WRK_DURATION=15s WARMUP_DURATION=10s
#   BENCH_BUILD=0            1: rebuild target/quarkus-app first
#   BENCH_OUT=target/bench   logs and two-instances-results.md
#
# On one machine the consoles, PostgreSQL and wrk share the same cores: the ratio shows what a second
# console costs or gains there, not what two machines would give.
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=login.sh
source src/bench/login.sh

BENCH_DB=${BENCH_DB:-billing_two}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT1=${PORT1:-8480}
PORT2=${PORT2:-8481}
ACCOUNTS=${ACCOUNTS:-1000}
RESOURCES=${RESOURCES:-100000}
BIG=${BIG:-500}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
WRK_DURATION=${WRK_DURATION:-15s}
WARMUP_DURATION=${WARMUP_DURATION:-10s}
BENCH_BUILD=${BENCH_BUILD:-0}
BENCH_KEEP_DB=${BENCH_KEEP_DB:-0}
BENCH_OUT=${BENCH_OUT:-target/bench}
PASSWORD=bench-pass-1
USER1=bench$(printf "%0$(( ${#ACCOUNTS} > 5 ? ${#ACCOUNTS} : 5 ))d" 1)

[[ $BENCH_DB =~ ^[A-Za-z0-9_]+$ ]] || { echo "BENCH_DB must match [A-Za-z0-9_]+" >&2; exit 2; }
for tool in psql curl java wrk; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
log() { printf '[two %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$BENCH_OUT"
OUT=$(cd "$BENCH_OUT" && pwd)
WORK=$(mktemp -d)
PIDS=()

cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
    if [[ $BENCH_KEEP_DB != 1 ]]; then
        psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_console() {   # port, log name
    BILLING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" BILLING_DB_USER="$PGUSER" \
        BILLING_DEMO_DATA=false BILLING_TEST_CLOCK=false BILLING_MAIL_ENABLED=false PORT="$1" \
        java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$OUT/$2.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    for i in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || { tail -20 "$OUT/$2.log" >&2; exit 1; }
        curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
        sleep 1
    done
    echo "console on $1 not ready in 120 s" >&2
    exit 1
}

if [[ $BENCH_BUILD == 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
    log "building"
    ./mvnw -B -q package -DskipTests
fi
log "recreating $BENCH_DB"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
log "console 1 on $PORT1 (migrates the schema)"
start_console "$PORT1" two-console-1
log "generating $ACCOUNTS accounts, $RESOURCES resources ($BIG for $USER1)"
psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -v accounts="$ACCOUNTS" -v resources="$RESOURCES" -v big="$BIG" \
    -v password="$PASSWORD" -f src/bench/generate.sql >"$OUT/two-generate.log" 2>&1 \
    || { cat "$OUT/two-generate.log" >&2; exit 1; }
log "console 2 on $PORT2"
start_console "$PORT2" two-console-2

# a session made on console 1 is used on both
BASE1=http://127.0.0.1:$PORT1
COOKIE=$(login_cookie "$BASE1" "$USER1" "$PASSWORD")
AUTH="Authorization: Basic $(printf '%s:%s' "$USER1" "$PASSWORD" | base64 -w0)"
ENDPOINTS=("renewal page|/renewals|$COOKIE" "API resource list|/api/v1/resources|$AUTH")
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path header <<<"$entry"
    for port in "$PORT1" "$PORT2"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "http://127.0.0.1:$port$path")
        [[ $status == 200 ]] || { echo "$path on $port answered $status" >&2; exit 1; }
    done
done

rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
RESULTS=$OUT/two-instances-results.md
{
    echo "# One console vs two on one database ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "$ACCOUNTS accounts, $RESOURCES resources, $USER1 has $BIG; $(nproc) cores shared by the consoles, PostgreSQL and wrk."
    echo "wrk $WRK_DURATION, $WRK_CONNECTIONS connections in total (two consoles: two wrk at once, half each)."
    echo
    echo "| URL | one console req/s (p99) | two consoles req/s (p99 of each) | two ÷ one | load avg before |"
    echo "|---|---:|---:|---:|---:|"
} >"$RESULTS"
half=$(( WRK_CONNECTIONS / 2 ))
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path header <<<"$entry"
    log "warm-up $path on both"
    # (wait for the first wrk by its pid: a bare wait would wait for the consoles too)
    wrk -t"$WRK_THREADS" -c"$half" -d"$WARMUP_DURATION" -H "$header" "http://127.0.0.1:$PORT1$path" >/dev/null &
    first=$!
    wrk -t"$WRK_THREADS" -c"$half" -d"$WARMUP_DURATION" -H "$header" "http://127.0.0.1:$PORT2$path" >/dev/null
    wait "$first"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log "one console: $path"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -H "$header" "http://127.0.0.1:$PORT1$path" >"$WORK/one"
    log "two consoles: $path"
    wrk -t"$WRK_THREADS" -c"$half" -d"$WRK_DURATION" --latency -H "$header" "http://127.0.0.1:$PORT1$path" >"$WORK/a" &
    first=$!
    wrk -t"$WRK_THREADS" -c"$half" -d"$WRK_DURATION" --latency -H "$header" "http://127.0.0.1:$PORT2$path" >"$WORK/b"
    wait "$first"
    cat "$WORK/one" "$WORK/a" "$WORK/b" >>"$OUT/two-wrk.log"
    one=$(rps "$WORK/one")
    two=$(awk -v a="$(rps "$WORK/a")" -v b="$(rps "$WORK/b")" 'BEGIN { printf "%.0f", a + b }')
    ratio=$(awk -v o="$one" -v t="$two" 'BEGIN { printf "%.2f", t / o }')
    printf '| %s `%s` | %.0f (%s) | %s (%s, %s) | %s | %s |\n' "$name" "$path" "$one" "$(p99 "$WORK/one")" "$two" \
        "$(p99 "$WORK/a")" "$(p99 "$WORK/b")" "$ratio" "$load" >>"$RESULTS"
done
cat "$RESULTS"
