#!/usr/bin/env bash
# Auto-renew sweep benchmark: a fresh database, the app's schema (Flyway), generated data
# (generate.sql, then generate-auto-renew.sql: DUE resources due today), then
#   (a) the AUTO_RENEW sweep run through the API, timed, with its job_run row; CPU of the JVM (and of its JIT
#       compiler threads) and of the PostgreSQL backends over the run; lock waits sampled every second;
#       its statements by time in PostgreSQL when the server preloads pg_stat_statements;
#   (b) the same sweep again, now with nothing due, timed, and EXPLAIN (ANALYZE, BUFFERS) of its
#       due query (custom and generic plan);
#   (c) the heap (after a full GC, jcmd GC.run) every SAMPLE_EVERY seconds, plus the GC log;
#   (d) checks: outcomes as expected, one attempt per resource and day, nothing left due, ledger
#       sums equal balances for every account involved, one notice and one outbox mail per attempt;
#   (e) the set-based bound (src/bench/sweep-bound.sql): the same renewals as set-based statements in one
#       transaction, on two copies of the generated data (create database ... template ..., made while
#       the app is stopped), without (full=0) and with (full=1) attempt rows, notices and outbox mails;
#       the results print sweep time / bound time;
#   (f) EXPLAIN (ANALYZE, BUFFERS) of the mail dispatcher's claim query over the outbox backlog the sweep left.
#   (g) with INSTANCES=2: a second console on port SWEEP_PORT+1 (same database, same options, its own log,
#       GC log, heap samples and CPU measurement), started with the first after the data is generated; each
#       run is triggered on both consoles at the same moment (two POSTs in parallel, one job_run row each), and
#       the results add a section per console plus the span from the first start to the last end.
# Results go to $BENCH_OUT/sweep-results.md (logs and samples beside it).
#
#   src/bench/sweep.sh
#
# How the app runs: prod profile, -Xmx$HEAP, with -Dquarkus.scheduler.enabled=false. The app's own
# scheduler would run the day's 08:00 sweeps within a minute of start-up (and the lifecycle and
# order-voiding sweeps every 5 minutes) while the data is generated or the sweep measured; with
# the schedulers off, only the API's "run now" runs AUTO_RENEW, and nothing else. Mail: MAIL_HOST
# is 127.0.0.1 and MAIL_PORT a port nobody listens on (checked), so each outbox mail is queued as
# in production and the dispatcher (woken after each commit, as always) fails to connect and backs
# the mail off; no mail leaves the machine. (The mock mailer is not used: it keeps every mail it
# "sends" in memory, which would spoil the heap measurement.)
#
# Settings (environment, all optional):
#   SWEEP_DB=billing_sweep   database to (re)create; it is DROPPED first if it exists
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres   PostgreSQL (trust or ~/.pgpass auth)
#   SWEEP_PORT=8281          HTTP port of the app under test (the second console, if any: SWEEP_PORT+1)
#   INSTANCES=1              consoles running the sweep at once on the same database: 1 or 2
#   ACCOUNTS=10000 RESOURCES=1000000 BIG=2000      data size (generate.sql)
#   HISTORY=0.25             share of subscriptions with a past paid renewal, its notice and mail (generate.sql)
#   DUE=100000 UNPAID=0.2    resources due today, share of them on accounts that cannot pay
#   HEAP=512m                the app's -Xmx
#   SWEEP_WORKERS=           the sweep's parallel workers (billing.sweep.workers; empty: the app's default)
#   APP_DIR=target/quarkus-app  the build to run (e.g. a copy of an older build, for before/after)
#   SAMPLE_EVERY=10          seconds between heap samples (each forces a full GC); 0: none
#   MAIL_PORT=2              closed port the mailer is pointed at (must not be listening)
#   APP_OPTS=                more JVM options for the app (e.g. a JFR recording, or
#                            -Dquarkus.hibernate-orm.log.sql=true to count statements per attempt)
#   SWEEP_DROP_DB=0          1: drop the database at the end (default: keep it for inspection)
#   BENCH_BUILD=0            1: rebuild even if target/quarkus-app exists
#   BENCH_OUT=target/bench   logs and sweep-results.md go here
#
# Exit status is non-zero if a step fails or a check does not hold.
set -euo pipefail

cd "$(dirname "$0")/../.."

SWEEP_DB=${SWEEP_DB:-billing_sweep}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SWEEP_PORT=${SWEEP_PORT:-8281}
INSTANCES=${INSTANCES:-1}
ACCOUNTS=${ACCOUNTS:-10000}
RESOURCES=${RESOURCES:-1000000}
BIG=${BIG:-2000}
HISTORY=${HISTORY:-0.25}
DUE=${DUE:-100000}
UNPAID=${UNPAID:-0.2}
HEAP=${HEAP:-512m}
APP_OPTS=${APP_OPTS:-}
SAMPLE_EVERY=${SAMPLE_EVERY:-10}
MAIL_PORT=${MAIL_PORT:-2}
SWEEP_DROP_DB=${SWEEP_DROP_DB:-0}
BENCH_BUILD=${BENCH_BUILD:-0}
BENCH_OUT=${BENCH_OUT:-target/bench}
SWEEP_WORKERS=${SWEEP_WORKERS:-}
APP_DIR=${APP_DIR:-target/quarkus-app}
BOUND_DB=${SWEEP_DB}_bound
BOUND_FULL_DB=${SWEEP_DB}_bound_full
OPERATOR=bench-operator
PASSWORD=bench-pass-1
ZONE=Asia/Shanghai
BASE=http://127.0.0.1:${SWEEP_PORT}
# console i (1 or 2): port, base URL, log files (console 1 keeps the names of the single-console runs)
port_of() { echo $((SWEEP_PORT + $1 - 1)); }
base_of() { echo "http://127.0.0.1:$(port_of "$1")"; }
suffix_of() { if [[ $1 == 1 ]]; then echo ""; else echo "-$1"; fi; }

if [[ ! $SWEEP_DB =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "SWEEP_DB must match [A-Za-z0-9_]+" >&2
    exit 2
fi
if [[ $INSTANCES != 1 && $INSTANCES != 2 ]]; then
    echo "INSTANCES must be 1 or 2" >&2
    exit 2
fi

log() { printf '[sweep %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$SWEEP_DB" "$@"; }
now() { date +%s.%N; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }

mkdir -p "$BENCH_OUT"
OUT=$(cd "$BENCH_OUT" && pwd)
WORK=$(mktemp -d)
APP_PIDS=()   # APP_PIDS[i]: the JVM of console i
SAMPLER_PID=
LOCK_SAMPLER_PID=

cleanup() {
    local status=$?
    local sampler
    for sampler in "$SAMPLER_PID" "$LOCK_SAMPLER_PID"; do
        if [[ -n $sampler ]] && kill -0 "$sampler" 2>/dev/null; then
            kill "$sampler" 2>/dev/null || true
            wait "$sampler" 2>/dev/null || true
        fi
    done
    local i pid
    for i in "${!APP_PIDS[@]}"; do
        pid=${APP_PIDS[$i]}
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            log "stopping console $i (pid $pid)"
            kill "$pid" 2>/dev/null || true
        fi
    done
    for i in "${!APP_PIDS[@]}"; do
        pid=${APP_PIDS[$i]}
        [[ -n $pid ]] || continue
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
    psql -X -q -d postgres -c "drop database if exists $BOUND_DB with (force)" \
         -c "drop database if exists $BOUND_FULL_DB with (force)" >/dev/null 2>&1 || true
    if [[ $SWEEP_DROP_DB == 1 ]]; then
        psql -X -q -d postgres -c "drop database if exists $SWEEP_DB with (force)" || true
        log "dropped database $SWEEP_DB"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in psql curl java jcmd jq awk; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

# ---- build ----
if [[ $BENCH_BUILD == 1 || ! -f $APP_DIR/quarkus-run.jar ]]; then
    log "building (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
fi

# ---- ports: ours free, the mail port closed ----
for i in $(seq 1 "$INSTANCES"); do
    if curl -s -o /dev/null "$(base_of "$i")/"; then
        echo "port $(port_of "$i") is already in use; set SWEEP_PORT (INSTANCES=2 uses SWEEP_PORT and SWEEP_PORT+1)" >&2
        exit 2
    fi
done
if (exec 3<>"/dev/tcp/127.0.0.1/$MAIL_PORT") 2>/dev/null; then
    echo "something listens on 127.0.0.1:$MAIL_PORT; set MAIL_PORT to a closed port" >&2
    exit 2
fi

# ---- fresh database, schema by the app's Flyway migrations ----
log "recreating database $SWEEP_DB on $PGHOST:$PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $SWEEP_DB with (force)" -c "create database $SWEEP_DB"

GC_LOG=$OUT/sweep-gc.log   # console 1's; console 2's is sweep-gc-2.log
gc_log_of() { echo "$OUT/sweep-gc$(suffix_of "$1").log"; }
app_log_of() { echo "$OUT/sweep-app$(suffix_of "$1").log"; }
WORKER_ENV=()
[[ -n $SWEEP_WORKERS ]] && WORKER_ENV=(BILLING_SWEEP_WORKERS="$SWEEP_WORKERS")
# starts console $1 (default 1) in the background; wait_ready $1 waits until it is ready
launch_app() {
    local i=${1:-1} port base app_log
    port=$(port_of "$i"); base=$(base_of "$i"); app_log=$(app_log_of "$i")
    log "starting console $i on port $port, -Xmx$HEAP, schedulers off, workers ${SWEEP_WORKERS:-default} (log: $app_log)"
    env "${WORKER_ENV[@]}" BILLING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$SWEEP_DB" BILLING_DB_USER="$PGUSER" \
        BILLING_DEMO_DATA=false BILLING_TEST_CLOCK=false BILLING_ZONE=$ZONE PORT="$port" \
        MAIL_HOST=127.0.0.1 MAIL_PORT="$MAIL_PORT" BILLING_CONSOLE_URL="$base" \
        java -Xmx"$HEAP" -Xlog:gc:file="$(gc_log_of "$i")":uptime \
             -Dquarkus.scheduler.enabled=false -Dquarkus.http.idle-timeout=2H $APP_OPTS \
             -jar "$APP_DIR/quarkus-run.jar" >>"$app_log" 2>&1 &
    APP_PIDS[$i]=$!
}
wait_ready() {
    local i=${1:-1} pid base app_log
    pid=${APP_PIDS[$i]}; base=$(base_of "$i"); app_log=$(app_log_of "$i")
    for n in $(seq 1 120); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "console $i exited during start-up; see $app_log" >&2
            tail -20 "$app_log" >&2
            exit 1
        fi
        if curl -sf -o /dev/null "$base/q/health/ready"; then
            break
        fi
        (( n < 120 )) || { echo "console $i did not become ready in 120 s" >&2; exit 1; }
        sleep 1
    done
    log "console $i ready (pid $pid)"
}
start_app() {
    launch_app "${1:-1}"
    wait_ready "${1:-1}"
}
stop_app() {
    local i=${1:-1} pid
    pid=${APP_PIDS[$i]}
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    APP_PIDS[$i]=
}
for i in $(seq 1 "$INSTANCES"); do
    : >"$(app_log_of "$i")"
    rm -f "$(gc_log_of "$i")"
done
# first start (console 1 alone): Flyway creates the schema; the app is stopped again while the data is generated and copied
start_app 1
stop_app 1

# ---- data ----
log "generating: $ACCOUNTS accounts, $RESOURCES resources; then $DUE due today ($UNPAID on accounts that cannot pay)"
start=$(now)
psql -X -q -v ON_ERROR_STOP=1 -d "$SWEEP_DB" -v accounts="$ACCOUNTS" -v resources="$RESOURCES" -v big="$BIG" \
    -v history="$HISTORY" -v zone="$ZONE" -f src/bench/generate.sql >"$OUT/sweep-generate.log" 2>&1 \
    || { cat "$OUT/sweep-generate.log" >&2; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d "$SWEEP_DB" -v due="$DUE" -v unpaid="$UNPAID" -v operator="$OPERATOR" \
    -v password="$PASSWORD" -v zone="$ZONE" -f src/bench/generate-auto-renew.sql >>"$OUT/sweep-generate.log" 2>&1 \
    || { tail -30 "$OUT/sweep-generate.log" >&2; exit 1; }
GEN_SECONDS=$(secs "$start" "$(now)")
log "generated in ${GEN_SECONDS} s (details: $OUT/sweep-generate.log)"
sed -n '/---- auto-renew data ----/,$p' "$OUT/sweep-generate.log" >&2
sql -c "vacuum analyze" >/dev/null

# ---- (e) copies for the set-based bound: no session may be connected to the template ----
log "copying $SWEEP_DB to $BOUND_DB and $BOUND_FULL_DB (create database ... template ...)"
start=$(now)
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BOUND_DB with (force)" \
     -c "drop database if exists $BOUND_FULL_DB with (force)" \
     -c "create database $BOUND_DB template $SWEEP_DB" -c "create database $BOUND_FULL_DB template $SWEEP_DB"
log "copied in $(secs "$start" "$(now)") s"
# both consoles start now, after the data is generated (console 1 first, which has nothing left to migrate)
for i in $(seq 1 "$INSTANCES"); do
    launch_app "$i"
done
for i in $(seq 1 "$INSTANCES"); do
    wait_ready "$i"
done

DAY=$(sql -c "select max(business_date) from bench_auto_renew_due")
DAY=${DAY:-$(sql -c "select (now() at time zone '$ZONE')::date")}
EXPECT_RENEWED=$(sql -c "select count(*) from bench_auto_renew_due where expected = 'RENEWED'")
EXPECT_VOIDED=$(sql -c "select count(*) from bench_auto_renew_due where expected = 'INSUFFICIENT_BALANCE'")

# ---- the operator's credentials work ----
AUTH=(-u "$OPERATOR:$PASSWORD")
for i in $(seq 1 "$INSTANCES"); do
    status=$(curl -s -o "$WORK/jobs.json" -w '%{http_code}' "${AUTH[@]}" "$(base_of "$i")/api/v1/admin/jobs")
    [[ $status == 200 ]] || { echo "GET /api/v1/admin/jobs on console $i as $OPERATOR answered $status" >&2; exit 1; }
done
log "logged in as $OPERATOR (OPERATOR) on $INSTANCES console(s)"

# ---- heap sampler: full GC (jcmd GC.run), then the heap in use = what is live ----
PHASE_FILE=$WORK/phase
HEAP_CSV=$OUT/sweep-heap.csv   # console 1's; console 2's is sweep-heap-2.csv
heap_csv_of() { echo "$OUT/sweep-heap$(suffix_of "$1").csv"; }
T0=$(now)
echo idle >"$PHASE_FILE"
for i in $(seq 1 "$INSTANCES"); do
    echo "elapsed_s,phase,heap_used_after_full_gc_mb,heap_committed_mb,rss_mb,attempts" >"$(heap_csv_of "$i")"
done
heap_sample() {  # $1 = phase, $2 = console (default 1)
    local phase=$1 i=${2:-1} pid info rss attempts
    pid=${APP_PIDS[$i]}
    jcmd "$pid" GC.run >/dev/null 2>&1 || return 0
    info=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -E 'heap +total') || return 0
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    attempts=$(sql -c "select count(*) from auto_renew_attempt" 2>/dev/null || echo '')
    awk -v t="$(secs "$T0" "$(now)")" -v p="$phase" -v rss="$rss" -v n="$attempts" -v info="$info" 'BEGIN {
        match(info, /total [0-9]+K/); total = substr(info, RSTART + 6, RLENGTH - 7)
        match(info, /used [0-9]+K/); used = substr(info, RSTART + 5, RLENGTH - 6)
        printf "%s,%s,%.1f,%.1f,%.1f,%s\n", t, p, used / 1024, total / 1024, rss / 1024, n }' >>"$(heap_csv_of "$i")"
}
heap_samples() {  # $1 = phase: one sample of every console
    local i
    for i in $(seq 1 "$INSTANCES"); do
        heap_sample "$1" "$i"
    done
}
# CPU seconds (user + system) used so far by console $1's JVM (default 1), and by the PostgreSQL backends connected
# to $SWEEP_DB (the pools of all consoles): independent of what else runs on the machine, unlike wall time
jvm_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/${APP_PIDS[${1:-1}]}/stat" 2>/dev/null || echo 0; }
pg_cpu() {
    local pids
    pids=$(sql -c "select pid from pg_stat_activity where datname = '$SWEEP_DB' and pid <> pg_backend_pid()" 2>/dev/null)
    local total=0 pid
    for pid in $pids; do
        total=$(awk -v hz="$(getconf CLK_TCK)" -v t="$total" '{ printf "%.2f", t + ($14 + $15) / hz }' "/proc/$pid/stat" 2>/dev/null || echo "$total")
    done
    echo "$total"
}
# of which the JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"): a fresh JVM compiles during a short run,
# and with two consoles both do
jit_cpu() {
    local f
    for f in /proc/"${APP_PIDS[${1:-1}]}"/task/*/stat; do
        cat "$f" 2>/dev/null || true
    done | awk -v hz="$(getconf CLK_TCK)" '/\(C[12] CompilerThre\)/ { sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%.2f", t / hz }'
}
jvm_uptime() { jcmd "${APP_PIDS[${1:-1}]}" VM.uptime 2>/dev/null | awk '/^[0-9.]+ s$/ { print $1 }'; }
if (( SAMPLE_EVERY > 0 )); then
    (
        while kill -0 "${APP_PIDS[1]}" 2>/dev/null; do
            sleep "$SAMPLE_EVERY"
            heap_samples "$(cat "$PHASE_FILE")"
        done
    ) &
    SAMPLER_PID=$!
fi

# EXPLAIN (ANALYZE, BUFFERS) of AutoRenewJob.due (the first batch) as Hibernate sends it; $1 = label
explain_due() {
    local keyset="(cr1_0.next_auto_renew_on > date '1900-01-01' or (cr1_0.next_auto_renew_on = date '1900-01-01'
                   and (cr1_0.account_id > 0 or (cr1_0.account_id = 0 and cr1_0.id > 0))))"
    {
        echo "-- $1: custom plan (literal parameters)"
        sql -c "explain (analyze, buffers) select cr1_0.next_auto_renew_on, cr1_0.account_id, cr1_0.id from cloud_resource cr1_0
                 where cr1_0.next_auto_renew_on <= date '$DAY' and $keyset
                 order by cr1_0.next_auto_renew_on, cr1_0.account_id, cr1_0.id fetch first 500 rows only"
        echo "-- $1: generic plan (a prepared statement the driver re-uses)"
        sql -c "set plan_cache_mode = force_generic_plan" \
            -c "prepare due (date, date, bigint, bigint, int) as select cr1_0.next_auto_renew_on, cr1_0.account_id, cr1_0.id
                 from cloud_resource cr1_0
                 where cr1_0.next_auto_renew_on <= \$1 and (cr1_0.next_auto_renew_on > \$2
                       or (cr1_0.next_auto_renew_on = \$2 and (cr1_0.account_id > \$3
                           or (cr1_0.account_id = \$3 and cr1_0.id > \$4))))
                 order by cr1_0.next_auto_renew_on, cr1_0.account_id, cr1_0.id fetch first \$5 rows only" \
            -c "explain (analyze, buffers) execute due ('$DAY', '1900-01-01', 0, 0, 500)"
    } >>"$OUT/sweep-explain.txt"
}
: >"$OUT/sweep-explain.txt"

# index reads of cloud_resource so far (for the deltas around a run)
index_reads() {
    sql -c "select pg_stat_force_next_flush()" >/dev/null 2>&1 || true
    sql -F ' ' -c "select coalesce(sum(idx_tup_read) filter (where indexrelname = 'cloud_resource_pkey'), 0),
                          coalesce(sum(idx_tup_read) filter (where indexrelname = 'cloud_resource_auto_renew_due'), 0),
                          (select coalesce(seq_tup_read, 0) from pg_stat_user_tables where relname = 'cloud_resource')
                     from pg_stat_user_indexes where relname = 'cloud_resource'"
}

# runs AUTO_RENEW through console $2's API (default 1); prints "wall_s job_run_id http_start http_end"; the
# answer goes to $OUT/sweep-run$1.json (console 2: sweep-run$1-2.json). $3: the highest job_run id before the run
# (taken here when not given; given when both consoles are triggered at once)
run_sweep() {
    local n=$1 i=${2:-1} before_id=${3:-} t_start t_end code id ended answer pid
    [[ -n $before_id ]] || before_id=$(sql -c "select coalesce(max(id), 0) from job_run")
    answer=$OUT/sweep-run$n$(suffix_of "$i").json
    pid=${APP_PIDS[$i]}
    t_start=$(now)
    code=$(curl -s -o "$answer" -w '%{http_code}' --max-time 7200 "${AUTH[@]}" \
        -X POST "$(base_of "$i")/api/v1/admin/jobs/AUTO_RENEW/run" || true)
    t_end=$(now)
    id=
    [[ $code == 200 ]] && id=$(jq -r '.id // empty' "$answer" 2>/dev/null || true)
    # else this console's row (job_run.instance is the JVM's "pid@host")
    [[ -n $id ]] || id=$(sql -c "select max(id) from job_run where job = 'AUTO_RENEW' and id > $before_id
                                    and instance like '$pid@%'")
    [[ -n $id ]] || { echo "run $n on console $i: no job_run row (HTTP $code)" >&2; exit 1; }
    if [[ $code != 200 ]]; then
        # the request was cut (e.g. a proxy or idle timeout): the sweep goes on; wait for its end
        log "run $n on console $i: HTTP $code; waiting for job_run $id to end"
        for _ in $(seq 1 7200); do
            ended=$(sql -c "select ended_at is not null from job_run where id = $id")
            [[ $ended == t ]] && break
            sleep 1
        done
        t_end=$(now)
    fi
    echo "$(secs "$t_start" "$t_end") $id $t_start $t_end"
}

# runs AUTO_RENEW on every console at the same moment (one POST each, in parallel; each makes its own job_run
# row); waits for all; console i's "wall_s job_run_id http_start http_end" goes to $WORK/run$1-i
run_all() {
    local n=$1 i before_id pids=() status=0
    before_id=$(sql -c "select coalesce(max(id), 0) from job_run")
    for i in $(seq 1 "$INSTANCES"); do
        run_sweep "$n" "$i" "$before_id" >"$WORK/run$n-$i" &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do
        wait "${pids[$i]}" || status=1
    done
    (( status == 0 )) || { echo "run $n: a console's run failed" >&2; exit 1; }
}

# "processed|changed|failed|last error|start|end|seconds|business date" of job_run $1, or of the runs $1, $2, ...
# together: counts summed, from the first start to the last end (one business date, or "mixed: ...")
job_row() {
    local ids
    ids=$(IFS=,; echo "$*")
    sql -F '|' -c "select sum(processed), sum(changed), sum(failed), coalesce(string_agg(last_error, ' / '), ''),
                          to_char(min(started_at) at time zone '$ZONE', 'YYYY-MM-DD HH24:MI:SS.MS'),
                          to_char(max(ended_at) at time zone '$ZONE', 'YYYY-MM-DD HH24:MI:SS.MS'),
                          round(extract(epoch from max(ended_at) - min(started_at))::numeric, 3),
                          case when count(distinct business_date) = 1 then min(business_date)::text
                               else 'mixed: ' || string_agg(distinct business_date::text, ', ') end
                     from job_run where id in ($ids)"
}

# ---- (e) the set-based bound on the copies (the app idles meanwhile) ----
DAY0=$(sql -c "select max(business_date) from bench_auto_renew_due")
run_bound() {  # $1 = database, $2 = full (0/1); prints "seconds renewed voided"
    local t_start t_end counts
    t_start=$(now)
    counts=$(psql -X -q -A -t -F ' ' -v ON_ERROR_STOP=1 -d "$1" -v day="$DAY0" -v zone="$ZONE" -v full="$2" \
        -f src/bench/sweep-bound.sql 2>>"$OUT/sweep-bound.log" | tail -1)
    t_end=$(now)
    echo "$(secs "$t_start" "$t_end") $counts"
}
LOAD_BOUND=$(cat /proc/loadavg)
read -r BOUND_S BOUND_RENEWED BOUND_VOIDED <<<"$(run_bound "$BOUND_DB" 0)"
log "bound (orders, lines, ledger, balances, expiries): ${BOUND_S} s, $BOUND_RENEWED renewed, $BOUND_VOIDED voided"
read -r BOUND_FULL_S BOUND_FULL_RENEWED BOUND_FULL_VOIDED <<<"$(run_bound "$BOUND_FULL_DB" 1)"
log "bound, full (+ attempts, notices, outbox mails): ${BOUND_FULL_S} s, $BOUND_FULL_RENEWED renewed, $BOUND_FULL_VOIDED voided"
BOUND_MAILS=$(psql -X -A -t -d "$BOUND_FULL_DB" -c "select count(*) from mail_outbox m join notice n on n.id = m.notice_id where n.kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW')")
psql -X -q -d postgres -c "drop database if exists $BOUND_DB with (force)" -c "drop database if exists $BOUND_FULL_DB with (force)"

# ---- before: heap at rest with the data loaded, plans with DUE rows due ----
sleep 5
heap_samples start
explain_due "before the sweep ($DUE due)"
LOAD1=$(cat /proc/loadavg)
log "uptime before run 1: $(uptime)"

# per console i and run n: RUN_WALL[n-i] (HTTP s), RUN_ID, RUN_HS / RUN_HE (HTTP start / end, epoch s), and the
# job_run fields RUN_P, RUN_C, RUN_F, RUN_E, RUN_S, RUN_EN, RUN_D, RUN_BD; returns (prints) the job_run ids
declare -A RUN_WALL RUN_ID RUN_HS RUN_HE RUN_P RUN_C RUN_F RUN_E RUN_S RUN_EN RUN_D RUN_BD
collect_run() {
    local n=$1 i k
    for i in $(seq 1 "$INSTANCES"); do
        k=$n-$i
        read -r "RUN_WALL[$k]" "RUN_ID[$k]" "RUN_HS[$k]" "RUN_HE[$k]" <"$WORK/run$n-$i"
        IFS='|' read -r "RUN_P[$k]" "RUN_C[$k]" "RUN_F[$k]" "RUN_E[$k]" "RUN_S[$k]" "RUN_EN[$k]" "RUN_D[$k]" "RUN_BD[$k]" \
            <<<"$(job_row "${RUN_ID[$k]}")"
        (( INSTANCES == 1 )) || log "run $n, console $i: ${RUN_WALL[$k]} s wall, job_run ${RUN_ID[$k]}: processed ${RUN_P[$k]}" \
            "changed ${RUN_C[$k]} failed ${RUN_F[$k]} in ${RUN_D[$k]} s (${RUN_S[$k]} .. ${RUN_EN[$k]})"
    done
}
run_ids() { local i; for i in $(seq 1 "$INSTANCES"); do printf '%s ' "${RUN_ID[$1-$i]}"; done; }
# HTTP wall time of run $1 from the first POST to the last answer
run_wall() {
    local i
    for i in $(seq 1 "$INSTANCES"); do echo "${RUN_HS[$1-$i]} ${RUN_HE[$1-$i]}"; done |
        awk 'NR == 1 || $1 < s { s = $1 } NR == 1 || $2 > e { e = $2 } END { printf "%.3f", e - s }'
}

# ---- (a) the sweep with DUE resources due, on every console at once (INSTANCES) ----
echo sweep-1 >"$PHASE_FILE"
log "run 1: POST /api/v1/admin/jobs/AUTO_RENEW/run ($DUE due) on $INSTANCES console(s) at once"
declare -A UP1 UP1_END CPU1 CPU1_END JIT1 JIT1_END
for i in $(seq 1 "$INSTANCES"); do
    UP1[$i]=$(jvm_uptime "$i")
    CPU1[$i]=$(jvm_cpu "$i")
    JIT1[$i]=$(jit_cpu "$i")
done
PGCPU1=$(pg_cpu)
# statements of run 1 by time spent in PostgreSQL, when the server preloads pg_stat_statements (optional: it needs
# shared_preload_libraries = 'pg_stat_statements' and a server restart; without it the section says so)
STATEMENTS=$OUT/sweep-statements.md
PGSS=0
if [[ $(sql -c "select current_setting('shared_preload_libraries') like '%pg_stat_statements%'") == t ]]; then
    sql -c "create extension if not exists pg_stat_statements" >/dev/null
    sql -c "select pg_stat_statements_reset()" >/dev/null
    PGSS=1
fi
# lock waits while run 1 runs: every second, the backends of $SWEEP_DB that wait for a lock (an account another
# transaction holds; with two consoles, mostly the other console's)
LOCKS_CSV=$OUT/sweep-locks.csv
echo "elapsed_s,active,waiting_for_lock" >"$LOCKS_CSV"
(
    t0=$(now)
    while sleep 1; do
        row=$(sql -F ',' -c "select count(*) filter (where state = 'active'), count(*) filter (where wait_event_type = 'Lock')
                               from pg_stat_activity where datname = '$SWEEP_DB' and pid <> pg_backend_pid()" 2>/dev/null) || continue
        echo "$(secs "$t0" "$(now)"),$row" >>"$LOCKS_CSV"
    done
) &
LOCK_SAMPLER_PID=$!
run_all 1
kill "$LOCK_SAMPLER_PID" 2>/dev/null || true
wait "$LOCK_SAMPLER_PID" 2>/dev/null || true
LOCK_SAMPLER_PID=
read -r LOCK_SAMPLES LOCK_SAMPLES_WAITING LOCK_WAITING_MAX LOCK_WAITING_AVG <<<"$(awk -F, 'NR > 1 { n++; if ($3 > 0) w++; s += $3; if ($3 > m) m = $3 }
    END { printf "%d %d %d %.2f\n", n, w, m, n ? s / n : 0 }' "$LOCKS_CSV")"
for i in $(seq 1 "$INSTANCES"); do
    UP1_END[$i]=$(jvm_uptime "$i")
    CPU1_END[$i]=$(jvm_cpu "$i")
    JIT1_END[$i]=$(jit_cpu "$i")
done
PGCPU1_END=$(pg_cpu)
if [[ $PGSS == 1 ]]; then
    {
        echo "| calls | total ms | ms per call | rows | shared blocks hit / read / dirtied | statement |"
        echo "|---:|---:|---:|---:|---|---|"
        sql -F '|' -c "select calls, round(total_exec_time::numeric, 0), round((total_exec_time / calls)::numeric, 3), rows,
                              shared_blks_hit || ' / ' || shared_blks_read || ' / ' || shared_blks_dirtied,
                              replace(left(regexp_replace(query, '\s+', ' ', 'g'), 160), '|', '\|')
                         from pg_stat_statements s join pg_database d on d.oid = s.dbid
                        where d.datname = '$SWEEP_DB' order by total_exec_time desc limit 25" | sed 's/^/| /; s/$/ |/'
    } >"$STATEMENTS"
fi
echo after-1 >"$PHASE_FILE"
collect_run 1
# with two consoles: counts summed over both job_run rows, times from the first start to the last end
# shellcheck disable=SC2046
IFS='|' read -r P1 C1 F1 E1 S1 EN1 D1 BD1 <<<"$(job_row $(run_ids 1))"
WALL1=$(run_wall 1)
log "run 1: ${WALL1} s wall, job_run: processed $P1 changed $C1 failed $F1 in ${D1} s ($S1 .. $EN1)"
heap_samples end-1
LOAD1_AFTER=$(cat /proc/loadavg)

# let the mail dispatcher's wake-ups settle
sleep 10

# ---- (f) the dispatcher's claim (NoticeQueries.claimNextDue) over the backlog the sweep left ----
OUTBOX_BACKLOG=$(sql -c "select count(*) from mail_outbox where sent_at is null and next_attempt_at is not null")
{
    echo "-- outbox claim over a backlog of $OUTBOX_BACKLOG unsent mails"
    sql -c "explain (analyze, buffers) select * from mail_outbox where sent_at is null
             and next_attempt_at <= now() + interval '1 day' order by next_attempt_at, id limit 1 for update skip locked"
} >>"$OUT/sweep-explain.txt"
CLAIM_PLAN=$(awk '/^-- outbox claim/ { on = 1; next } on && /Scan/ { sub(/^ +(->)? */, ""); print; exit }' "$OUT/sweep-explain.txt")
CLAIM_TIME=$(awk '/^-- outbox claim/ { on = 1; next } on && /Execution Time/ { sub(/^ +/, ""); print; exit }' "$OUT/sweep-explain.txt")
BEFORE_LABEL="before the sweep ($DUE due)"
AFTER_LABEL="after the sweep (nothing due), statistics as the sweep left them"
ANALYZED_LABEL="after the sweep (nothing due), after ANALYZE"

# ---- (b) the same sweep again: nothing is due. First with the statistics as the sweep left them
#      (autovacuum may or may not have analyzed cloud_resource yet), then after ANALYZE. With two consoles
#      both run it at once again (the index reads below are then those of both) ----
AUTOANALYZE=$(sql -c "select coalesce(to_char(last_autoanalyze at time zone '$ZONE', 'HH24:MI:SS'), 'not yet')
                        from pg_stat_user_tables where relname = 'cloud_resource'")
explain_due "$AFTER_LABEL"
READS_BEFORE=$(index_reads)
LOAD2=$(cat /proc/loadavg)
echo sweep-2 >"$PHASE_FILE"
run_all 2
echo after-2 >"$PHASE_FILE"
collect_run 2
# shellcheck disable=SC2046
IFS='|' read -r P2 C2 F2 E2 S2 EN2 D2 BD2 <<<"$(job_row $(run_ids 2))"
WALL2=$(run_wall 2)
log "run 2: ${WALL2} s wall, job_run: processed $P2 changed $C2 failed $F2 in ${D2} s"
sleep 11   # backends report their statistics when idle, at most every 10 s
READS_AFTER=$(index_reads)
read -r PK0 DUE0 SEQ0 <<<"$READS_BEFORE"
read -r PK1 DUE1 SEQ1 <<<"$READS_AFTER"

sql -c "analyze cloud_resource" >/dev/null
explain_due "$ANALYZED_LABEL"
LOAD3=$(cat /proc/loadavg)
run_all 3
collect_run 3
# shellcheck disable=SC2046
IFS='|' read -r P3 C3 F3 E3 S3 EN3 D3 BD3 <<<"$(job_row $(run_ids 3))"
WALL3=$(run_wall 3)
log "run 3: ${WALL3} s wall, job_run: processed $P3 changed $C3 failed $F3 in ${D3} s"
sleep 11
READS_AFTER3=$(index_reads)
read -r PK3 DUE3 SEQ3 <<<"$READS_AFTER3"
heap_samples end-2

# ---- (d) checks ----
sql -F '|' -c "
with d as (select max(business_date) as day from bench_auto_renew_due),
     att as (select a.* from auto_renew_attempt a, d where a.business_date = d.day)
select (select count(*) from att where outcome = 'RENEWED'),
       (select count(*) from att where outcome = 'INSUFFICIENT_BALANCE'),
       (select count(*) from (select resource_id from att group by resource_id having count(*) > 1) t),
       (select count(*) from bench_auto_renew_due e left join att on att.resource_id = e.resource_id
         where att.outcome is distinct from e.expected),
       (select count(*) from cloud_resource, d where next_auto_renew_on <= d.day),
       (select count(*) from orders where kind = 'AUTO_RENEWAL' and status = 'PAID'),
       (select count(*) from orders where kind = 'AUTO_RENEWAL' and status = 'VOIDED' and void_reason = 'INSUFFICIENT_BALANCE'),
       (select count(*) from notice where kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW')),
       (select count(*) from mail_outbox m join notice n on n.id = m.notice_id where n.kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW')),
       (select count(*) from mail_outbox m join notice n on n.id = m.notice_id where n.kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW') and m.attempts > 0),
       (select count(*) from mail_outbox m join notice n on n.id = m.notice_id where n.kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW') and m.sent_at is not null)" >"$WORK/checks"
IFS='|' read -r RENEWED VOIDED TWICE UNEXPECTED STILL_DUE PAID_ORDERS VOID_ORDERS NOTICES OUTBOX OUTBOX_TRIED OUTBOX_SENT <"$WORK/checks"

# ledger: for every account with an attempt, balance = sum of its cash/credit ledger entries, and
# the money it paid = the cash its new PAYMENT entries took
sql -F '|' -c "
select count(*),
       count(*) filter (where a.cash_balance_fen <> l.ledger_sum),
       coalesce(sum(p.paid), 0), coalesce(sum(-l.payments), 0)
  from account a
  join (select distinct account_id from auto_renew_attempt) x on x.account_id = a.id
  cross join lateral (select coalesce(sum(amount_fen), 0) as ledger_sum,
                             coalesce(sum(amount_fen) filter (where entry_type = 'PAYMENT'), 0) as payments
                        from ledger_entry e where e.account_id = a.id and e.pocket in ('CASH', 'CREDIT')) l
  cross join lateral (select coalesce(sum(amount_fen), 0) as paid from orders o
                       where o.account_id = a.id and o.status = 'PAID') p" >"$WORK/ledger"
IFS='|' read -r LEDGER_ACCOUNTS LEDGER_MISMATCH PAID_FEN PAYMENTS_FEN <"$WORK/ledger"

CHECKS_OK=1
check() { if [[ $1 != "$2" ]]; then log "CHECK FAILED: $3: $1, expected $2"; CHECKS_OK=0; fi; }
check "$RENEWED" "$EXPECT_RENEWED" "RENEWED attempts"
check "$VOIDED" "$EXPECT_VOIDED" "INSUFFICIENT_BALANCE attempts"
check "$TWICE" 0 "resources with two attempts on $DAY"
check "$UNEXPECTED" 0 "due resources whose outcome differs from the expected one"
check "$STILL_DUE" 0 "resources still due after the sweep"
check "$PAID_ORDERS" "$RENEWED" "paid AUTO_RENEWAL orders"
check "$VOID_ORDERS" "$VOIDED" "AUTO_RENEWAL orders voided for INSUFFICIENT_BALANCE"
check "$NOTICES" "$((RENEWED + VOIDED))" "RENEWAL_SUCCEEDED + BALANCE_LOW notices"
check "$OUTBOX" "$NOTICES" "outbox mails"
check "$OUTBOX_SENT" 0 "mails sent (the mail port is closed)"
check "$LEDGER_MISMATCH" 0 "accounts whose balance differs from their ledger"
check "$PAID_FEN" "$PAYMENTS_FEN" "paid orders (fen) vs PAYMENT ledger entries (fen)"
if (( INSTANCES == 1 )); then
    check "$P1" "$DUE" "run 1 processed"
else
    # each console walks the due rows; a row the other console charged first is processed but not changed
    check "$(( P1 >= DUE ))" 1 "run 1 processed, both consoles ($P1) at least the due rows ($DUE)"
    for i in $(seq 1 "$INSTANCES"); do
        check "$(( ${RUN_C[1-$i]} > 0 ))" 1 "run 1, console $i changed ${RUN_C[1-$i]} rows (more than 0)"
        check "${RUN_F[1-$i]}" 0 "run 1, console $i failed"
        check "${RUN_BD[1-$i]}" "$DAY" "run 1, console $i business date"
    done
fi
check "$C1" "$DUE" "run 1 changed (all consoles)"
check "$F1" 0 "run 1 failed"
check "$P2" 0 "run 2 processed"
check "$P3" 0 "run 3 processed"
check "$BD1" "$DAY" "run 1 business date (the day must not change between generation and sweep)"
check "$BOUND_RENEWED" "$EXPECT_RENEWED" "bound: renewed"
check "$BOUND_VOIDED" "$EXPECT_VOIDED" "bound: voided"
check "$BOUND_FULL_RENEWED $BOUND_FULL_VOIDED" "$EXPECT_RENEWED $EXPECT_VOIDED" "bound, full: renewed and voided"
check "$BOUND_MAILS" "$OUTBOX" "bound, full: outbox mails vs the sweep's"

# ---- (c) heap figures (console $2, default 1) ----
heap_at() { awk -F, -v p="$1" '$2 == p { v = $3 } END { print v }' "$(heap_csv_of "${2:-1}")"; }
heap_during() {  # "min max samples" of the samples during run 1
    awk -F, '$2 == "sweep-1" { n++; if (min == "" || $3 < min) min = $3; if ($3 > max) max = $3 }
        END { printf "%s %s %d\n", (n ? min : "-"), (n ? max : "-"), n }' "$(heap_csv_of "${1:-1}")"
}
# GC log lines ("[12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(384M) 4.1ms")
# stamped with JVM uptime: the collections during run 1 and the heap after each
gc_stats() {
    local i=${1:-1}
    awk -v from="${UP1[$i]:-0}" -v to="${UP1_END[$i]:-1e9}" '
    { t = substr($1, 2) + 0 }
    t < from || t > to { next }
    /Pause Young/ { n++; s = $0; sub(/.*->/, "", s); sub(/M.*/, "", s); s += 0; if (s > max) max = s; if (min == "" || s < min) min = s }
    /Pause Full/ { full++ }
    END { printf "during run 1, %d young collections left %s .. %s MB in use; %d full collections (the sampler forces one per sample)", n, (n ? min : "-"), (n ? max : "-"), full }' "$(gc_log_of "$i")"
}
HEAP_START=$(heap_at start)
HEAP_END1=$(heap_at end-1)
HEAP_END2=$(heap_at end-2)
read -r HEAP_SWEEP_MIN HEAP_SWEEP_MAX HEAP_SWEEP_N <<<"$(heap_during 1)"
GC_STATS=$(gc_stats 1)

# attempts = changed rows (with one console, processed = changed = DUE when the checks hold; with two, a row the
# other console charged first counts as processed by both); with two consoles D1 and WALL1 run from the first
# start to the last end
THROUGHPUT=$(awk -v n="$C1" -v s="$D1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }')
RATIO=$(awk -v a="$D1" -v b="$BOUND_S" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
RATIO_FULL=$(awk -v a="$D1" -v b="$BOUND_FULL_S" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
THROUGHPUT_WALL=$(awk -v n="$C1" -v s="$WALL1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }')
JVM_CPU1=0
JIT_CPU1=0
for i in $(seq 1 "$INSTANCES"); do
    JVM_CPU1=$(awk -v t="$JVM_CPU1" -v a="${CPU1[$i]}" -v b="${CPU1_END[$i]}" 'BEGIN { printf "%.2f", t + b - a }')
    JIT_CPU1=$(awk -v t="$JIT_CPU1" -v a="${JIT1[$i]}" -v b="${JIT1_END[$i]}" 'BEGIN { printf "%.2f", t + b - a }')
done
cpu_ms() { awk -v c="$1" -v n="$2" 'BEGIN { printf "%.1f s (%.2f ms per attempt)", c, n ? c * 1000 / n : 0 }'; }

plan_line() {  # the scan node of a plan in sweep-explain.txt: $1 = label prefix, $2 = custom|generic
    awk -v lbl="-- $1: $2" 'index($0, lbl) == 1 { on = 1; next } /^-- / { on = 0 } on && /Scan/ { sub(/^ +(->)? */, ""); print; exit }' "$OUT/sweep-explain.txt"
}
plan_time() {
    awk -v lbl="-- $1: $2" 'index($0, lbl) == 1 { on = 1; next } /^-- / { on = 0 } on && /Execution Time/ { sub(/^ +/, ""); print; exit }' "$OUT/sweep-explain.txt"
}
RESULTS=$OUT/sweep-results.md
{
    echo "# Auto-renew sweep benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "Data: $ACCOUNTS accounts, $RESOURCES resources; $DUE due on $DAY ($EXPECT_RENEWED on accounts that can pay," \
         "$EXPECT_VOIDED on accounts with no money); generated in ${GEN_SECONDS} s."
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
         "$(java -version 2>&1 | head -1); PostgreSQL $(psql -X -A -t -d postgres -c 'show server_version')." \
         "App: prod profile, -Xmx$HEAP, schedulers off (run through the API), mail to a closed port (outbox only)."
    echo
    echo "| run | due | wall time (HTTP) | job_run start .. end (business zone) | job_run duration | processed / changed / failed | attempts/s | load avg before (1/5/15 min) |"
    echo "|---|---:|---:|---|---:|---|---:|---|"
    echo "| 1$( (( INSTANCES == 1 )) || echo " ($INSTANCES consoles at once: first start .. last end, counts summed)") | $DUE | ${WALL1} s | $S1 .. $EN1 | ${D1} s | $P1 / $C1 / $F1 | $THROUGHPUT | $(cut -d' ' -f1-3 <<<"$LOAD1") |"
    echo "| 2 (nothing due, statistics as the sweep left them$( (( INSTANCES == 1 )) || echo "; $INSTANCES consoles at once")) | 0 | ${WALL2} s | $S2 .. $EN2 | ${D2} s | $P2 / $C2 / $F2 | - | $(cut -d' ' -f1-3 <<<"$LOAD2") |"
    echo "| 3 (nothing due, after ANALYZE$( (( INSTANCES == 1 )) || echo "; $INSTANCES consoles at once")) | 0 | ${WALL3} s | $S3 .. $EN3 | ${D3} s | $P3 / $C3 / $F3 | - | $(cut -d' ' -f1-3 <<<"$LOAD3") |"
    echo
    echo "Throughput of run 1: $THROUGHPUT attempts/s by job_run, $THROUGHPUT_WALL by HTTP wall time. Load after run 1: $(cut -d' ' -f1-3 <<<"$LOAD1_AFTER")."
    echo "CPU during run 1: the JVM$( (( INSTANCES == 1 )) || echo "s of both consoles") $(cpu_ms "$JVM_CPU1" "$C1")," \
         "the PostgreSQL backends of the app's pool$( (( INSTANCES == 1 )) || echo "s") $(cpu_ms "$(awk -v a="$PGCPU1" -v b="$PGCPU1_END" 'BEGIN { printf "%.2f", b - a }')" "$C1")" \
         "(backends opened during the run count only from their start)." \
         "Of the JVM CPU, the JIT compiler threads: $(cpu_ms "$JIT_CPU1" "$C1"); without them $(cpu_ms "$(awk -v a="$JVM_CPU1" -v b="$JIT_CPU1" 'BEGIN { printf "%.2f", a - b }')" "$C1")."
    echo "Lock waits during run 1 (pg_stat_activity every second, sweep-locks.csv): backends waiting for a lock in" \
         "$LOCK_SAMPLES_WAITING of $LOCK_SAMPLES samples, at most $LOCK_WAITING_MAX at once, $LOCK_WAITING_AVG on average."
    echo "Workers: ${SWEEP_WORKERS:-default of billing.sweep.workers}$( (( INSTANCES == 1 )) || echo " per console"); build: $APP_DIR."
    if (( INSTANCES > 1 )); then
        echo
        echo "## $INSTANCES consoles at once (same database, same options; run 1 triggered on all at the same moment)"
        echo
        echo "| console | port | pid | job_run | job_run start .. end | job_run duration | HTTP wall | processed / changed / failed | of them not changed (charged by the other console first) | JVM CPU in run 1 | heap after a full GC: start / run 1 min .. max / end |"
        echo "|---|---:|---:|---:|---|---:|---:|---|---:|---|---|"
        for i in $(seq 1 "$INSTANCES"); do
            k=1-$i
            read -r hmin hmax _ <<<"$(heap_during "$i")"
            echo "| $i | $(port_of "$i") | ${APP_PIDS[$i]} | ${RUN_ID[$k]} | ${RUN_S[$k]} .. ${RUN_EN[$k]} | ${RUN_D[$k]} s | ${RUN_WALL[$k]} s" \
                 "| ${RUN_P[$k]} / ${RUN_C[$k]} / ${RUN_F[$k]} | $(( ${RUN_P[$k]} - ${RUN_C[$k]} - ${RUN_F[$k]} ))" \
                 "| $(cpu_ms "$(awk -v a="${CPU1[$i]}" -v b="${CPU1_END[$i]}" 'BEGIN { printf "%.2f", b - a }')" "${RUN_C[$k]}")," \
                 "JIT $(awk -v a="${JIT1[$i]}" -v b="${JIT1_END[$i]}" 'BEGIN { printf "%.1f s", b - a }')" \
                 "| $(heap_at start "$i") / $hmin .. $hmax / $(heap_at end-2 "$i") |"
        done
        echo "| all | | | | $S1 .. $EN1 | **${D1} s** (first start to last end) | ${WALL1} s | $P1 / $C1 / $F1 | $(( P1 - C1 - F1 )) | $(cpu_ms "$JVM_CPU1" "$C1") | |"
        echo
        echo "The job_run rows started $(sql -c "select round(extract(epoch from max(started_at) - min(started_at)) * 1000)
                 from job_run where id in ($(run_ids 1 | xargs | tr ' ' ','))") ms apart." \
             "Share of the attempts: $(for i in $(seq 1 "$INSTANCES"); do
                 awk -v c="${RUN_C[1-$i]}" -v n="$C1" -v i="$i" 'BEGIN { printf "console %d %.0f %%, ", i, n ? c * 100 / n : 0 }'; done | sed 's/, $/;/')" \
             "sweep ÷ full bound with the first-start-to-last-end time: **$RATIO_FULL** (÷ bound: $RATIO)." \
             "Runs 2 and 3 (nothing due) also ran on both consoles at once:" \
             "$(for n in 2 3; do for i in $(seq 1 "$INSTANCES"); do printf 'run %s console %s %s s (processed %s), ' "$n" "$i" "${RUN_D[$n-$i]}" "${RUN_P[$n-$i]}"; done; done | sed 's/, $/;/')" \
             "the index reads below are those of both."
        for i in $(seq 2 "$INSTANCES"); do
            echo "Console $i's GC log: $(gc_stats "$i")."
        done
        echo "Logs: sweep-app.log, sweep-app-2.log; GC: sweep-gc.log, sweep-gc-2.log; heap samples: sweep-heap.csv, sweep-heap-2.csv."
    fi
    echo
    echo "## Statements of run 1 by time in PostgreSQL (pg_stat_statements, top 25)"
    echo
    if [[ $PGSS == 1 ]]; then cat "$STATEMENTS"; else echo "Not measured: the server does not preload pg_stat_statements."; fi
    echo
    echo "## Sweep vs the set-based bound (src/bench/sweep-bound.sql, one transaction, on copies of the same data)"
    echo
    echo "| | time | renewed / voided | sweep (job_run ${D1} s) ÷ bound |"
    echo "|---|---:|---|---:|"
    echo "| bound: orders, lines, ledger entries, balances, expiries, next attempts | ${BOUND_S} s | $BOUND_RENEWED / $BOUND_VOIDED | **$RATIO** |"
    echo "| bound, full: + attempt rows, notices, outbox mails ($BOUND_MAILS) | ${BOUND_FULL_S} s | $BOUND_FULL_RENEWED / $BOUND_FULL_VOIDED | **$RATIO_FULL** |"
    echo
    echo "Load average before the bound: $(cut -d' ' -f1-3 <<<"$LOAD_BOUND")."
    echo
    echo "Outbox claim (NoticeQueries.claimNextDue) over $OUTBOX_BACKLOG unsent mails: \`$CLAIM_PLAN\`, $CLAIM_TIME."
    echo
    echo "## The due query (AutoRenewJob.due), EXPLAIN (ANALYZE, BUFFERS)"
    echo
    echo "| when | plan | scan node | execution |"
    echo "|---|---|---|---|"
    for label in "$BEFORE_LABEL" "$AFTER_LABEL" "$ANALYZED_LABEL"; do
        for kind in custom generic; do
            echo "| $label | $kind | \`$(plan_line "$label" "$kind")\` | $(plan_time "$label" "$kind") |"
        done
    done
    echo
    echo "Index entries of cloud_resource read (pg_stat_user_indexes) during run 2: primary key $((PK1 - PK0))," \
         "cloud_resource_auto_renew_due $((DUE1 - DUE0)), rows read by sequential scans $((SEQ1 - SEQ0));" \
         "during run 3 (and its EXPLAINs): primary key $((PK3 - PK1)), cloud_resource_auto_renew_due $((DUE3 - DUE1))," \
         "sequential $((SEQ3 - SEQ1)). Last autoanalyze of cloud_resource before run 2: $AUTOANALYZE. Full plans: sweep-explain.txt."
    echo
    echo "## Heap (MB in use right after a full GC, jcmd GC.run; -Xmx$HEAP)$( (( INSTANCES == 1 )) || echo " of console 1")"
    echo
    echo "| at start (data loaded) | during run 1: min .. max ($HEAP_SWEEP_N samples, every ${SAMPLE_EVERY} s) | after run 1 | after runs 2 and 3 |"
    echo "|---:|---:|---:|---:|"
    echo "| $HEAP_START | $HEAP_SWEEP_MIN .. $HEAP_SWEEP_MAX | $HEAP_END1 | $HEAP_END2 |"
    echo
    echo "GC log: $GC_STATS. Samples (with RSS and attempts so far): sweep-heap.csv."
    echo
    echo "## Checks"
    echo
    echo "| check | value | expected |"
    echo "|---|---:|---:|"
    echo "| RENEWED attempts | $RENEWED | $EXPECT_RENEWED |"
    echo "| INSUFFICIENT_BALANCE attempts | $VOIDED | $EXPECT_VOIDED |"
    echo "| resources with two attempts on $DAY | $TWICE | 0 |"
    echo "| due resources with another outcome than expected | $UNEXPECTED | 0 |"
    echo "| resources still due after the sweep | $STILL_DUE | 0 |"
    echo "| AUTO_RENEWAL orders paid / voided (INSUFFICIENT_BALANCE) | $PAID_ORDERS / $VOID_ORDERS | $RENEWED / $VOIDED |"
    echo "| notices (RENEWAL_SUCCEEDED + BALANCE_LOW) / outbox mails | $NOTICES / $OUTBOX | $((RENEWED + VOIDED)) / $NOTICES |"
    echo "| outbox mails tried by the dispatcher (closed port) / sent | $OUTBOX_TRIED / $OUTBOX_SENT | - / 0 |"
    echo "| accounts involved / whose balance differs from their ledger | $LEDGER_ACCOUNTS / $LEDGER_MISMATCH | - / 0 |"
    echo "| paid orders vs PAYMENT entries (fen) | $PAID_FEN | $PAYMENTS_FEN |"
    echo
    echo "Checks: $([[ $CHECKS_OK == 1 ]] && echo 'all hold' || echo 'SOME FAILED (see the log)'). Load at the end: $(uptime)"
} >"$RESULTS"

log "results ($RESULTS):"
cat "$RESULTS" >&2
if [[ $SWEEP_DROP_DB != 1 ]]; then
    log "database $SWEEP_DB kept (SWEEP_DROP_DB=1 drops it at the end)"
fi
[[ $CHECKS_OK == 1 ]]
