#!/usr/bin/env bash
# Scale benchmark: a fresh database, the app's schema (Flyway), generated data (generate.sql),
# then wrk against the renewal page and the resource API of one large account, and pgbench replaying
# the statements one request of each sends (captured from the PostgreSQL log), side by side: the
# ratio app req/s / pgbench tps says how close the app gets to what its own queries allow.
#
#   src/bench/run.sh
#
# Settings (environment, all optional):
#   BENCH_DB=billing_bench   database to (re)create; it is DROPPED first if it exists
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres   PostgreSQL (trust or ~/.pgpass auth)
#   BENCH_PORT=8280          HTTP port of the app under test
#   ACCOUNTS=10000 RESOURCES=1000000 BIG=2000      data size (BIG: resources of bench00001)
#   HISTORY=0.25             share of subscriptions with a past paid renewal, its notice and mail (generate.sql)
#   WRK_THREADS=2 WRK_CONNECTIONS=32 WRK_DURATION=20s WARMUP_DURATION=10s (per URL, before measuring)
#   PG_LOG=/var/log/postgresql/postgresql-<major>-main.log   server log the statements are captured from
#                            (the DB gets log_statement = 'all' only while one request is captured)
#   BENCH_JAR=target/quarkus-app/quarkus-run.jar   the app to measure (a copy lets you compare builds)
#   BENCH_JAVA_OPTS="-Xmx160m -XX:+UseSerialGC ..."   JVM options of the app; the default is the set
#                            docker/Dockerfile runs with (README "Start-up and memory"); set it to compare
#   BENCH_CDS=1              1: start with the class data sharing archive that ./mvnw package writes next to
#                            the jar (app-cds.jsa), when it is there; 0: without it
#   BENCH_STARTS=3           starts on the migrated schema; results.md reports their median (and each)
#   BENCH_DROP_DB=0          1: drop the database at the end (default: keep it for inspection)
#   BENCH_BUILD=0            1: rebuild even if target/quarkus-app exists (e.g. after a new migration)
#   BENCH_OUT=target/bench   logs and results.md go here
#
# Exit status is non-zero if any step fails (build, start-up, generation, login, a non-200 check).
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=login.sh
source src/bench/login.sh

BENCH_DB=${BENCH_DB:-billing_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_PORT=${BENCH_PORT:-8280}
ACCOUNTS=${ACCOUNTS:-10000}
RESOURCES=${RESOURCES:-1000000}
BIG=${BIG:-2000}
HISTORY=${HISTORY:-0.25}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
# the options docker/Dockerfile starts the console with (keep the two in step)
DEFAULT_JAVA_OPTS="-Xmx160m -XX:+UseSerialGC \
-XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=160000"
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-$DEFAULT_JAVA_OPTS}
BENCH_CDS=${BENCH_CDS:-1}
BENCH_STARTS=${BENCH_STARTS:-3}
# fewer glibc malloc arenas: less native memory with many threads (also set in docker/Dockerfile)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BENCH_JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
WRK_DURATION=${WRK_DURATION:-20s}
WARMUP_DURATION=${WARMUP_DURATION:-10s}
BENCH_DROP_DB=${BENCH_DROP_DB:-0}
BENCH_BUILD=${BENCH_BUILD:-0}
BENCH_OUT=${BENCH_OUT:-target/bench}
BENCH_USER=bench$(printf '%05d' 1)
BENCH_PASSWORD=bench-pass-1
BASE=http://127.0.0.1:${BENCH_PORT}

if [[ ! $BENCH_DB =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "BENCH_DB must match [A-Za-z0-9_]+" >&2
    exit 2
fi
if (( ${#ACCOUNTS} > 5 )); then
    BENCH_USER=bench$(printf "%0${#ACCOUNTS}d" 1)
fi

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

mkdir -p "$BENCH_OUT"
OUT=$(cd "$BENCH_OUT" && pwd)
WORK=$(mktemp -d)
APP_PID=
CAPTURE_OPTS=

stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

start_app() {
    log "starting the app on port $BENCH_PORT (log: $OUT/app.log)"
    local launched jar_dir cds_opts=
    jar_dir=$(dirname "$BENCH_JAR")
    # the archive lists the class path relative to the jar's folder: start from there
    if [[ $BENCH_CDS == 1 && -f $jar_dir/app-cds.jsa ]]; then
        cds_opts=-XX:SharedArchiveFile=app-cds.jsa
    fi
    launched=$(date +%s.%N)
    # shellcheck disable=SC2086
    (cd "$jar_dir" && BILLING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" BILLING_DB_USER="$PGUSER" \
        BILLING_DEMO_DATA=false BILLING_TEST_CLOCK=false PORT="$BENCH_PORT" \
        exec java $BENCH_JAVA_OPTS $cds_opts $CAPTURE_OPTS -jar "$(basename "$BENCH_JAR")") >>"$OUT/app.log" 2>&1 &
    APP_PID=$!
    local i
    for i in $(seq 1 1200); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "the app exited during start-up; see $OUT/app.log" >&2
            tail -20 "$OUT/app.log" >&2
            exit 1
        fi
        if curl -sf -o /dev/null "$BASE/q/health/ready"; then
            break
        fi
        (( i < 1200 )) || { echo "the app did not become ready in 120 s" >&2; exit 1; }
        sleep 0.1
    done
    # launch of the JVM to the first ready answer (polled every 0.1 s)
    READY_SECONDS=$(awk -v s="$launched" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
    RSS_READY=$(app_rss_mb)
    START_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat")
    log "app ready in ${READY_SECONDS} s (${START_CPU} s CPU), RSS ${RSS_READY} MB, load $(cut -d' ' -f1 /proc/loadavg)"
}

# resident memory of the app, in MB
app_rss_mb() {
    awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"
}

# CPU time (user + system, clock ticks) the app has used so far: per request it is less noisy than
# req/s on a machine that other work shares
app_cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"
}

cleanup() {
    local status=$?
    stop_app
    psql -X -q -d postgres -c "alter database $BENCH_DB reset log_statement" >/dev/null 2>&1 || true
    rm -rf "$WORK"
    if [[ $BENCH_DROP_DB == 1 ]]; then
        psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)" || true
        log "dropped database $BENCH_DB"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools ----
for tool in psql curl java pgbench python3; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    if [[ $(id -u) == 0 ]]; then
        apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
    else
        sudo apt-get install -y -q wrk >/dev/null
    fi
fi

# ---- build ----
if [[ $BENCH_BUILD == 1 || ! -f $BENCH_JAR ]]; then
    log "building (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
fi

# ---- fresh database, schema by the app's Flyway migrations ----
if curl -s -o /dev/null "$BASE/"; then
    echo "port $BENCH_PORT is already in use; set BENCH_PORT" >&2
    exit 2
fi
log "recreating database $BENCH_DB on $PGHOST:$PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"

: >"$OUT/app.log"
start_app

# ---- data ----
log "generating: $ACCOUNTS accounts, $RESOURCES resources ($BIG for $BENCH_USER)"
start=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -v accounts="$ACCOUNTS" -v resources="$RESOURCES" -v big="$BIG" \
    -v history="$HISTORY" -v password="$BENCH_PASSWORD" -f src/bench/generate.sql >"$OUT/generate.log" 2>&1 \
    || { cat "$OUT/generate.log" >&2; exit 1; }
end=$(date +%s.%N)
GEN_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
log "generated in ${GEN_SECONDS} s (details: $OUT/generate.log)"
sed -n '/---- generated ----/,$p' "$OUT/generate.log" >&2

# ---- log in like a browser (src/bench/login.sh) ----
COOKIE_HEADER=$(login_cookie "$BASE" "$BENCH_USER" "$BENCH_PASSWORD")
log "logged in as $BENCH_USER (bcrypt hash from pgcrypto accepted)"
AUTH_HEADER="Authorization: Basic $(printf '%s:%s' "$BENCH_USER" "$BENCH_PASSWORD" | base64 -w0)"

# name|path|header
ENDPOINTS=(
    "renewal page|/renewals|$COOKIE_HEADER"
    "renewal page, type=ECS & expiring in 30 d|/renewals?type=ECS&expiring=30|$COOKIE_HEADER"
    "renewal page, search q=shop|/renewals?q=shop|$COOKIE_HEADER"
    "API resource list|/api/v1/resources|$AUTH_HEADER"
    "API, expiresWithinDays=30|/api/v1/resources?expiresWithinDays=30|$AUTH_HEADER"
)

# ---- every URL must answer 200 with real content before it is measured ----
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path header <<<"$entry"
    status=$(curl -s -o "$WORK/check" -w '%{http_code}' -H "$header" "$BASE$path")
    [[ $status == 200 ]] || { echo "$path answered $status, expected 200" >&2; exit 1; }
    if [[ $path == /api/* ]]; then
        grep -q '"total":[1-9]' "$WORK/check" || { echo "$path: empty list" >&2; exit 1; }
        total=$(grep -o '"total":[0-9]*' "$WORK/check" | cut -d: -f2)
    else
        grep -q 'data-resource=' "$WORK/check" || { echo "$path: no resource rows" >&2; exit 1; }
        total=$(grep -c 'data-resource=' "$WORK/check")
        total="$total rows on page 1"
    fi
    log "check $path: 200, $(wc -c <"$WORK/check") bytes, total $total"
done

# ---- the bound: capture the statements one request sends, replay them with pgbench ----
# name|path|header of the requests whose statements are replayed (the big account's first pages)
CAPTURED=(
    "page|/renewals|$COOKIE_HEADER"
    "api|/api/v1/resources|$AUTH_HEADER"
)
PG_MAJOR=$(psql -X -A -t -d postgres -c 'show server_version_num' | cut -c1-2)
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-$PG_MAJOR-main.log}
declare -A BOUND_SIMPLE BOUND_PREPARED STATEMENTS
if [[ -r $PG_LOG ]]; then
    log "capturing one request's statements (log_statement = 'all' on $BENCH_DB, app restarted)"
    psql -X -q -d postgres -c "alter database $BENCH_DB set log_statement = 'all'"
    stop_app
    # schedulers off while capturing: a job's statements must not land in the request's excerpt
    CAPTURE_OPTS=-Dquarkus.scheduler.enabled=false
    start_app
    CAPTURE_OPTS=
    for entry in "${CAPTURED[@]}"; do
        IFS='|' read -r name path header <<<"$entry"
        for _ in 1 2 3 4 5 6; do   # past the first uses (caches, the driver's server-side prepare)
            curl -s -o /dev/null -H "$header" "$BASE$path"
        done
        sleep 0.5
        before=$(stat -c %s "$PG_LOG")
        curl -s -o /dev/null -H "$header" "$BASE$path"
        sleep 1
        tail -c +$((before + 1)) "$PG_LOG" >"$OUT/capture-$name.log"
        python3 src/bench/capture.py "$BENCH_DB" <"$OUT/capture-$name.log" >"$OUT/bound-$name.sql" 2>"$WORK/count"
        STATEMENTS[$name]=$(cat "$WORK/count")
        log "$path sent ${STATEMENTS[$name]} statements: $OUT/bound-$name.sql"
        sed 's/^/    /' "$OUT/bound-$name.sql" | cut -c1-220 >&2
    done
    psql -X -q -d postgres -c "alter database $BENCH_DB reset log_statement"
    stop_app
    start_app
    for entry in "${CAPTURED[@]}"; do
        IFS='|' read -r name path header <<<"$entry"
        for mode in simple prepared; do
            load=$(cut -d' ' -f1 /proc/loadavg)
            pgbench -n -c "$WRK_CONNECTIONS" -j "$WRK_THREADS" -T "${WRK_DURATION%s}" -M "$mode" \
                -f "$OUT/bound-$name.sql" "$BENCH_DB" >"$WORK/pgbench.txt" 2>&1 \
                || { cat "$WORK/pgbench.txt" >&2; exit 1; }
            tps=$(awk '/^tps = / { printf "%.0f", $3; exit }' "$WORK/pgbench.txt")
            if [[ $mode == simple ]]; then BOUND_SIMPLE[$name]=$tps; else BOUND_PREPARED[$name]=$tps; fi
            log "pgbench $name -M $mode -c $WRK_CONNECTIONS: $tps tps (load $load)"
        done
    done
else
    log "cannot read the server log $PG_LOG (set PG_LOG): no bound measured"
fi

# ---- start-up: BENCH_STARTS starts on the migrated schema (nothing to migrate), median; the last stays up ----
STARTS=()
STARTS_CPU=()
for i in $(seq 1 "$BENCH_STARTS"); do
    stop_app
    start_app
    STARTS+=("$READY_SECONDS")
    STARTS_CPU+=("$START_CPU")
done
START_MEDIAN=$(printf '%s\n' "${STARTS[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
START_CPU_MEDIAN=$(printf '%s\n' "${STARTS_CPU[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
START_LOAD=$(cut -d' ' -f1 /proc/loadavg)
log "start to ready: ${STARTS[*]} s, median $START_MEDIAN s (CPU median $START_CPU_MEDIAN s, load $START_LOAD)"

# ---- wrk ----
WRK="wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency"
RESULTS=$OUT/results.md
declare -A RPS
: >"$OUT/wrk.log"
{
    echo "# Benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "Data: $ACCOUNTS accounts, $RESOURCES resources, $BENCH_USER has $BIG; generated in ${GEN_SECONDS} s."
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
        "$(java -version 2>&1 | head -1); $(psql -X -A -t -d postgres -c 'show server_version')."
    echo "wrk: \`$WRK -H '<cookie or basic auth>' URL\`, after a warm-up of ${WARMUP_DURATION} per URL."
    echo
    echo "pgbench: \`pgbench -n -c$WRK_CONNECTIONS -j$WRK_THREADS -T${WRK_DURATION%s} -M simple|prepared -f bound-<page|api>.sql\`"
    echo "(the statements one request sent, from the server log, parameters inlined)."
    echo
    echo "| endpoint | URL | req/s | p50 | p99 | non-2xx | app CPU ms / request | load avg (1 min) before |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
} >"$RESULTS"

# warm-up: the JIT compiles the hot paths of all endpoints before any is measured
log "warm-up: ${WARMUP_DURATION} per URL, not measured"
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path header <<<"$entry"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP_DURATION" -H "$header" "$BASE$path" >/dev/null
done

RSS_WARM=$(app_rss_mb)
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path header <<<"$entry"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log "uptime: $(uptime)"
    log "$WRK -H '${header%%:*}: ...' '$BASE$path'"
    cpu_before=$(app_cpu_ticks)
    $WRK -H "$header" "$BASE$path" >"$WORK/wrk.txt"
    cpu_after=$(app_cpu_ticks)
    cat "$WORK/wrk.txt" >>"$OUT/wrk.log"
    sed 's/^/    /' "$WORK/wrk.txt" >&2
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$WORK/wrk.txt")
    errors=$(awk '/Socket errors:/ { print }' "$WORK/wrk.txt")
    [[ -z $errors ]] || log "$errors"
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
    cpu_ms=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { if (n > 0) printf "%.1f", (b - a) * 1000 / hz / n; else print "-" }')
    echo "| $name | \`$path\` | $rps | $p50 | $p99 | ${bad:-0} | $cpu_ms | $load |" >>"$RESULTS"
    case $path in
        /renewals) RPS[page]=$rps ;;
        /api/v1/resources) RPS[api]=$rps ;;
    esac
done

{
    echo
    echo "| request | statements | req/s | pgbench tps (simple / prepared) | ratio (simple / prepared) |"
    echo "|---|---:|---:|---:|---:|"
    for name in page api; do
        if [[ -n ${BOUND_SIMPLE[$name]:-} && -n ${RPS[$name]:-} ]]; then
            awk -v n="$name" -v st="${STATEMENTS[$name]}" -v r="${RPS[$name]}" -v s="${BOUND_SIMPLE[$name]}" \
                -v p="${BOUND_PREPARED[$name]}" 'BEGIN { printf "| %s | %s | %.0f | %s / %s | %.2f / %.2f |\n", n, st, r, s, p, r / s, r / p }'
        fi
    done
} >>"$RESULTS"

{
    echo
    echo "| start and memory (JVM options: ${BENCH_JAVA_OPTS:-none, JVM default heap}; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX;" \
        "class data sharing archive: $([[ $BENCH_CDS == 1 && -f $(dirname "$BENCH_JAR")/app-cds.jsa ]] && echo used || echo none)) | |"
    echo "|---|---:|"
    echo "| start, JVM launch to \`/q/health/ready\` UP on the migrated schema, median of ${#STARTS[@]} (${STARTS[*]} s; load $START_LOAD) | ${START_MEDIAN} s |"
    echo "| CPU time of the JVM until ready (user + system, all threads; median) | ${START_CPU_MEDIAN} s |"
    echo "| RSS when ready | ${RSS_READY} MB |"
    echo "| RSS after the warm-up | ${RSS_WARM} MB |"
    echo "| RSS after all wrk runs | $(app_rss_mb) MB |"
} >>"$RESULTS"

echo >>"$RESULTS"
echo "Load after the run: $(uptime)" >>"$RESULTS"
log "results ($RESULTS):"
cat "$RESULTS"
if [[ $BENCH_DROP_DB != 1 ]]; then
    log "database $BENCH_DB kept (BENCH_DROP_DB=1 drops it at the end)"
fi
