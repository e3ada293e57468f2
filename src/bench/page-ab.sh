#!/usr/bin/env bash
# Back-to-back comparison of builds on one page: starts each given build (a target/quarkus-app folder, or a copy
# of an older one) on the database run.sh left, logs in as the benchmark's big account, warms up with wrk, then
# measures with wrk while /proc/<pid>/stat gives the JVM's CPU, and prints req/s, p99 and app CPU per request.
# Builds are run one after the other, so alternate them (old new old new) to see the machine's drift.
#
#   src/bench/page-ab.sh /tmp/old-build target/quarkus-app /tmp/old-build target/quarkus-app
#
# Settings (environment, all optional):
#   BENCH_DB=billing_bench   the database run.sh generated (kept by default)
#   AB_PORT=8292             HTTP port of the app under test
#   AB_URL=/renewals         the page (or API path, with AB_USER's session cookie)
#   AB_USER=bench00001 AB_PASSWORD=bench-pass-1   run.sh's big account (bench000001 with 6-digit ACCOUNTS)
#   WARM=30s DUR=30s CONNECTIONS=32   wrk warm-up and measurement
#   BENCH_JAVA_OPTS          as run.sh (default: the docker/Dockerfile options)
set -euo pipefail
# shellcheck source=login.sh
source "$(dirname "$0")/login.sh"
BENCH_DB=${BENCH_DB:-billing_bench}
AB_PORT=${AB_PORT:-8292}
AB_URL=${AB_URL:-/renewals}
AB_USER=${AB_USER:-bench00001}
AB_PASSWORD=${AB_PASSWORD:-bench-pass-1}
WARM=${WARM:-30s}
DUR=${DUR:-30s}
CONNECTIONS=${CONNECTIONS:-32}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx160m -XX:+UseSerialGC -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=160000}
(( $# > 0 )) || { echo "usage: $0 APP_DIR [APP_DIR ...]" >&2; exit 2; }
BASE=http://127.0.0.1:$AB_PORT
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for dir in "$@"; do
    app=$(cd "$dir" && pwd)
    cds=()
    [[ -f $app/app-cds.jsa ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    # shellcheck disable=SC2086
    (cd "$app" && MALLOC_ARENA_MAX=2 BILLING_DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$BENCH_DB" \
        PORT=$AB_PORT BILLING_MAIL_ENABLED=false exec java $BENCH_JAVA_OPTS "${cds[@]}" \
        -Dquarkus.scheduler.enabled=false -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
    pid=$!
    for _ in $(seq 1 1200); do
        curl -sf -o /dev/null "$BASE/q/health/ready" && break
        kill -0 "$pid" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.1
    done
    header=$(login_cookie "$BASE" "$AB_USER" "$AB_PASSWORD") || { kill "$pid"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d"$WARM" -H "$header" "$BASE$AB_URL" >/dev/null
    before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DUR" --latency -H "$header" "$BASE$AB_URL")
    after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    printf '%s  req/s %s  p99 %s  app CPU per request %s ms\n' "$dir" \
        "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
        "$(awk -v t="$((after - before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
