#!/usr/bin/env bash
# Read replica check (issue 13): a PostgreSQL 15 hot standby of the local server on another port, made with
# pg_basebackup -R in a temporary directory and started with pg_ctl as the postgres user; then the console
# with BILLING_DB_REPLICA_ENABLED=true on a fresh database, and checks that
#   - the console's readiness says reads go to the replica, which is in recovery, and its replay lag;
#   - the schema the console migrated on the primary arrived on the replica (tables, product rules);
#   - a write through the console (a new account) is on the replica a moment later, and how long that took;
# then it generates data on the primary (src/bench/generate.sql, small sizes), waits until the replica has
# replayed it, and runs wrk on the renewal page /renewals (logged in as bench00001, as a browser does) against
# the console with the replica on, then against the console restarted with the replica off, on the same data:
# req/s, p99, the console's CPU per request, and the transactions the replica served for the bench database
# (pg_stat_database on the standby: the list's reads really went there, and not at all with the replica off).
# Everything it starts is stopped and removed at the end (the replica's directory, the database).
#
#   REPLICA_EDIT_HBA=1 src/bench/replica.sh
#
# Needs root (it runs pg_basebackup and pg_ctl as the postgres user) and a primary that accepts replication
# connections from 127.0.0.1. When it does not, REPLICA_EDIT_HBA=1 appends
#   host replication all 127.0.0.1/32 trust   # billing-console replica.sh
# to the primary's pg_hba.conf for the run (pg_reload_conf), and removes it again at exit.
#
# Settings: PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres, REPLICA_PORT=5433, BENCH_PORT=8380,
#           BENCH_DB=billing_replica_bench (DROPPED first), BENCH_BUILD=0 (1: rebuild the jar),
#           BENCH_OUT=target/bench (replica-results.md and the logs),
#           ACCOUNTS=200 RESOURCES=20000 BIG=500 (generated data; BIG: resources of bench00001),
#           WRK_THREADS=2 WRK_CONNECTIONS=16 WRK_DURATION=15s WARMUP_DURATION=8s (per run of /renewals).
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=login.sh
source src/bench/login.sh

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
REPLICA_PORT=${REPLICA_PORT:-5433}
BENCH_PORT=${BENCH_PORT:-8380}
BENCH_DB=${BENCH_DB:-billing_replica_bench}
BENCH_BUILD=${BENCH_BUILD:-0}
BENCH_OUT=${BENCH_OUT:-target/bench}
REPLICA_EDIT_HBA=${REPLICA_EDIT_HBA:-0}
ACCOUNTS=${ACCOUNTS:-200}
RESOURCES=${RESOURCES:-20000}
BIG=${BIG:-500}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
WRK_DURATION=${WRK_DURATION:-15s}
WARMUP_DURATION=${WARMUP_DURATION:-8s}
PG_BIN=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v pg_ctl)")
BASE=http://127.0.0.1:${BENCH_PORT}
MARK='# billing-console replica.sh'

[[ $BENCH_DB =~ ^[A-Za-z0-9_]+$ ]] || { echo "BENCH_DB must match [A-Za-z0-9_]+" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "run as root (pg_basebackup and pg_ctl run as the postgres user)" >&2; exit 1; }
mkdir -p "$BENCH_OUT"
BENCH_OUT=$(cd "$BENCH_OUT" && pwd)

as_postgres() { su postgres -s /bin/bash -c "$1"; }
primary() { psql -X -At -v ON_ERROR_STOP=1 -d postgres "$@"; }
on_replica() { psql -X -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$REPLICA_PORT" -U "$PGUSER" "$@"; }

DIR=""
APP_PID=""
HBA=""
cleanup() {
    set +e
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    if [[ -n $DIR && -d $DIR/data ]]; then
        as_postgres "$PG_BIN/pg_ctl -D '$DIR/data' -m fast -w stop" >/dev/null 2>&1
    fi
    [[ -n $DIR && -f $DIR/replica.log ]] && cp "$DIR/replica.log" "$BENCH_OUT/replica-pg.log"
    [[ -n $DIR ]] && rm -rf "$DIR"
    primary -c "drop database if exists $BENCH_DB with (force)" >/dev/null 2>&1
    if [[ -n $HBA ]]; then
        sed -i "\|$MARK|d" "$HBA" && primary -c "select pg_reload_conf()" >/dev/null
        echo "removed the replication line from $HBA"
    fi
}
trap cleanup EXIT

if [[ $BENCH_BUILD == 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -B -q package -DskipTests
fi

# ---- replication allowed? ----
if ! psql -X "host=$PGHOST port=$PGPORT user=$PGUSER replication=true dbname=postgres" -c "IDENTIFY_SYSTEM" >/dev/null 2>&1; then
    if [[ $REPLICA_EDIT_HBA != 1 ]]; then
        echo "the primary refuses replication connections; add to pg_hba.conf:" >&2
        echo "  host replication all 127.0.0.1/32 trust" >&2
        echo "and reload, or run with REPLICA_EDIT_HBA=1 (added for the run, removed at exit)" >&2
        exit 1
    fi
    HBA=$(primary -c "show hba_file")
    echo "host replication all 127.0.0.1/32 trust   $MARK" >> "$HBA"
    primary -c "select pg_reload_conf()" >/dev/null
    sleep 1
    echo "added a replication line to $HBA for this run"
fi

# ---- the replica ----
DIR=$(mktemp -d /tmp/billing-replica.XXXXXX)
chown postgres: "$DIR"
started=$(date +%s%N)
as_postgres "$PG_BIN/pg_basebackup -h $PGHOST -p $PGPORT -U $PGUSER -D '$DIR/data' -R -X stream -c fast"
# Debian keeps postgresql.conf and pg_hba.conf outside the data directory: give the copy its own
cat > "$DIR/data/postgresql.conf" <<EOF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
hot_standby = on
max_connections = $(primary -c "show max_connections")   # a hot standby needs at least the primary's
max_worker_processes = $(primary -c "show max_worker_processes")
max_wal_senders = $(primary -c "show max_wal_senders")
max_prepared_transactions = $(primary -c "show max_prepared_transactions")
max_locks_per_transaction = $(primary -c "show max_locks_per_transaction")
shared_buffers = 64MB
EOF
cat > "$DIR/data/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
touch "$DIR/data/pg_ident.conf"
chown postgres: "$DIR/data/postgresql.conf" "$DIR/data/pg_hba.conf" "$DIR/data/pg_ident.conf"
as_postgres "$PG_BIN/pg_ctl -D '$DIR/data' -l '$DIR/replica.log' -w start" >/dev/null
basebackup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[[ $(on_replica -d postgres -c "select pg_is_in_recovery()") == t ]] || { echo "the copy is not a standby" >&2; exit 1; }
echo "replica on port $REPLICA_PORT in recovery (base backup and start: ${basebackup_ms} ms)"

# ---- the console, reads to the replica ----
primary -c "drop database if exists $BENCH_DB with (force)" >/dev/null
# start_console true|false: the console on the bench database, the replica on or off
start_console() {
    BILLING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    BILLING_DB_REPLICA_ENABLED=$1 BILLING_DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$BENCH_DB" \
    BILLING_ADMIN_USERNAME=replica-ops BILLING_ADMIN_PASSWORD=replica-ops-pass-1 BILLING_MAIL_ENABLED=false \
    BILLING_DEMO_DATA=false BILLING_TEST_CLOCK=false \
    PORT=$BENCH_PORT java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >> "$BENCH_OUT/replica-app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$BENCH_OUT/replica-app.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "the console did not become ready" >&2
    exit 1
}
stop_console() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true   # the console's exit status after SIGTERM is 143
    APP_PID=""
}
: > "$BENCH_OUT/replica-app.log"
start_console true
ready=$(curl -fs "$BASE/q/health/ready")
echo "$ready" | grep -q '"reads go to": *"replica"' || { echo "reads do not go to the replica: $ready" >&2; exit 1; }
echo "$ready" | grep -q '"in recovery": *true' || { echo "the replica is not in recovery: $ready" >&2; exit 1; }

tables_primary=$(psql -X -At -d "$BENCH_DB" -c "select count(*) from information_schema.tables where table_schema = 'public'")
tables_replica=$(on_replica -d "$BENCH_DB" -c "select count(*) from information_schema.tables where table_schema = 'public'")
rules_replica=$(on_replica -d "$BENCH_DB" -c "select count(*) from product_rule")
[[ $tables_primary == "$tables_replica" ]] || { echo "tables: primary $tables_primary, replica $tables_replica" >&2; exit 1; }

# a write through the console, then how long until the replica has it
curl -fs -u replica-ops:replica-ops-pass-1 -H 'Content-Type: application/json' \
     -d '{"username":"replica-check","password":"replica-check-pass-1","email":"r@example.com","displayName":"Replica check"}' \
     "$BASE/api/v1/admin/accounts" >/dev/null
written=$(date +%s%N)
for _ in $(seq 1 200); do
    [[ $(on_replica -d "$BENCH_DB" -c "select count(*) from app_user where username = 'replica-check'") == 1 ]] && break
    sleep 0.05
done
seen_ms=$(( ($(date +%s%N) - written) / 1000000 ))
[[ $(on_replica -d "$BENCH_DB" -c "select count(*) from app_user where username = 'replica-check'") == 1 ]] \
    || { echo "the new account did not reach the replica in 10 s" >&2; exit 1; }
ready=$(curl -fs "$BASE/q/health/ready")
load=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- the renewal page with the replica on, then off, on the same generated data ----
echo "generating $ACCOUNTS accounts, $RESOURCES resources ($BIG for bench00001) on the primary"
psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -v accounts="$ACCOUNTS" -v resources="$RESOURCES" -v big="$BIG" \
    -f src/bench/generate.sql > "$BENCH_OUT/replica-generate.log" 2>&1 || { tail -20 "$BENCH_OUT/replica-generate.log" >&2; exit 1; }
target_lsn=$(primary -c "select pg_current_wal_lsn()")
for _ in $(seq 1 600); do
    [[ $(on_replica -d postgres -c "select pg_last_wal_replay_lsn() >= '$target_lsn'::pg_lsn") == t ]] && break
    sleep 0.1
done
[[ $(on_replica -d postgres -c "select pg_last_wal_replay_lsn() >= '$target_lsn'::pg_lsn") == t ]] \
    || { echo "the replica did not replay the generated data in 60 s" >&2; exit 1; }
BENCH_USER=bench$(printf "%0$(( ${#ACCOUNTS} > 5 ? ${#ACCOUNTS} : 5 ))d" 1)

replica_xacts() {
    on_replica -d postgres -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$BENCH_DB'"
}
declare -A RPS P99 CPU XACTS LOAD
measure() {   # measure on|off
    local cookie before after cpu_before cpu_after requests
    # the session and form cookies, not the read-your-writes cookie
    cookie=$(login_cookie "$BASE" "$BENCH_USER" bench-pass-1)
    sleep 6   # past the read-your-writes cookie of the login (wrk does not send it anyway)
    curl -sf -o /dev/null -H "$cookie" "$BASE/renewals" || { echo "/renewals failed" >&2; exit 1; }
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP_DURATION" -H "$cookie" "$BASE/renewals" > /dev/null
    LOAD[$1]=$(cut -d' ' -f1 /proc/loadavg)
    before=$(replica_xacts)
    cpu_before=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -H "$cookie" "$BASE/renewals" \
        > "$BENCH_OUT/replica-wrk-$1.txt"
    cpu_after=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    sleep 1   # the standby's statistics are flushed at most once a second
    after=$(replica_xacts)
    RPS[$1]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$BENCH_OUT/replica-wrk-$1.txt")
    P99[$1]=$(awk '$1 == "99%" { print $2 }' "$BENCH_OUT/replica-wrk-$1.txt")
    requests=$(awk '/requests in/ { print $1 }' "$BENCH_OUT/replica-wrk-$1.txt")
    CPU[$1]=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')
    XACTS[$1]=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { printf "%d (%.2f per request)", b - a, (b - a) / n }')
    echo "replica $1: ${RPS[$1]} req/s, p99 ${P99[$1]}, ${CPU[$1]} ms CPU per request, replica transactions ${XACTS[$1]}"
}
measure on
stop_console
start_console false
curl -fs "$BASE/q/health/ready" | grep -q '"reads go to": *"primary"' || { echo "reads do not go to the primary" >&2; exit 1; }
measure off

cat > "$BENCH_OUT/replica-results.md" <<EOF
# Read replica check ($(date -u +%Y-%m-%dT%H:%MZ), load average $load)

| step | result |
|---|---|
| base backup (pg_basebackup -R -X stream) and start of the standby on port $REPLICA_PORT | ${basebackup_ms} ms |
| console readiness, check "read replica" | \`$(echo "$ready" | tr -d '\n' | grep -o '"name": *"read replica"[^}]*}' | tr -s ' ')\` |
| schema migrated on the primary, seen on the replica | $tables_replica of $tables_primary tables, $rules_replica product rules |
| an account created through the console's API, visible on the replica after | ${seen_ms} ms (polled every 50 ms) |

Renewal page \`/renewals\` of $BENCH_USER ($BIG of $RESOURCES resources, $ACCOUNTS accounts), \`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION\`
after a warm-up of $WARMUP_DURATION, the same data; console with \`-Xmx256m\`:

| replica | req/s | p99 | console CPU ms per request | transactions on the replica (bench database) | load average before |
|---|---:|---:|---:|---:|---:|
| on | ${RPS[on]} | ${P99[on]} | ${CPU[on]} | ${XACTS[on]} | ${LOAD[on]} |
| off | ${RPS[off]} | ${P99[off]} | ${CPU[off]} | ${XACTS[off]} | ${LOAD[off]} |
EOF
cat "$BENCH_OUT/replica-results.md"
