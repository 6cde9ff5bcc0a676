# Shared by config/cluster/run, fault-drill and backup-drill: start and stop the pieces of the
# local cluster (three MariaDB Galera nodes, Payara Micro instances, HAProxy). Sourced, not run.
# Everything listens on 127.0.0.1 only; production differs only in addresses (docs/operations.md).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${BLUELEDGER_CLUSTER_DIR:-$ROOT/target/cluster}
WAR=${BLUELEDGER_WAR:-$ROOT/target/blueledger.war}
MICRO=${PAYARA_MICRO_JAR:-$ROOT/target/payara-micro.jar}
GALERA=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
DB_NAME=blueledger
DB_USER=blueledger
# node i: SQL 340i, group communication 440i, IST 441i, SST 442i
DB_NODES=(1 2 3)
APP_INSTANCES=(${BLUELEDGER_CLUSTER_INSTANCES:-1 2})
LB_PORT=${BLUELEDGER_CLUSTER_PORT:-8090}
HZ_START_PORT=${BLUELEDGER_CLUSTER_HZ_PORT:-6950}
JAVA_OPTS=${BLUELEDGER_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -Xss512k -Duser.timezone=UTC}

# the application's readiness check in /health's answer: present only once the WAR is deployed
HEALTHY='"name":"database","status":"UP"'

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 2; }

db_port() { echo $((3400 + $1)); }
app_port() { echo $((8090 + $1)); }
db_sock() { echo "$DIR/db$1/mysqld.sock"; }
sql() { local n=$1; shift; mariadb --no-defaults --protocol=socket -S "$(db_sock "$n")" -uroot -N -B "$@"; }

require_tools() {
    local missing=()
    command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=("mariadbd (apt-get install mariadb-server)")
    command -v mariadb-install-db >/dev/null || missing+=("mariadb-install-db (apt-get install mariadb-server)")
    [ -f "$GALERA" ] || missing+=("the Galera provider $GALERA (apt-get install galera-4)")
    command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=("haproxy (apt-get install haproxy)")
    command -v mariadb-backup >/dev/null || missing+=("mariadb-backup, for Galera's state transfer and backups (apt-get install mariadb-backup)")
    command -v socat >/dev/null || missing+=("socat, for Galera's state transfer (apt-get install socat)")
    command -v curl >/dev/null || missing+=("curl (apt-get install curl)")
    if [ ${#missing[@]} -gt 0 ]; then
        printf '[cluster] ERROR: missing: %s\n' "${missing[@]}" >&2
        die "install them (Debian: apt-get install -y mariadb-server galera-4 haproxy rsync mariadb-backup) and run again"
    fi
    export PATH=$PATH:/usr/sbin
}

require_free_ports() {
    local p busy=()
    for p in "$@"; do
        if (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then busy+=("$p"); fi
    done
    [ ${#busy[@]} -eq 0 ] || die "port(s) ${busy[*]} already in use: is a cluster already running (or set BLUELEDGER_CLUSTER_DIR / stop it)?"
}

# A random secret of $2 bytes, created once in file $1 (mode 600) and reused.
secret() {
    if [ ! -s "$1" ]; then
        (umask 077; head -c "$2" /dev/urandom | base64 -w0 > "$1")
    fi
    cat "$1"
}

write_db_cnf() {
    local n=$1 d="$DIR/db$1"
    mkdir -p "$d/binlog"
    cat > "$DIR/db$n.cnf" <<EOF
# Galera node $n of the local Blue Ledger cluster (written by config/cluster/lib.sh)
[mysqld]
user=root
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$(db_port "$n")
bind-address=127.0.0.1
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
innodb_flush_log_at_trx_commit=1
innodb_autoinc_lock_mode=2
innodb_file_per_table=ON
collation_server=utf8mb4_unicode_ci
character_set_server=utf8mb4
default_time_zone=+00:00
max_connections=200
performance_schema=OFF
# binary log for point-in-time recovery (backup-drill); row format, as Galera needs
server_id=$n
log_bin=$d/binlog/mariadb-bin
log_slave_updates=ON
binlog_format=ROW
expire_logs_days=7
# the audit trail's triggers (V003) are created by the application's account, which has no SUPER
log_bin_trust_function_creators=ON
# Galera
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=blueledger
wsrep_cluster_address=gcomm://127.0.0.1:4401,127.0.0.1:4402,127.0.0.1:4403
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$((4400 + n))
wsrep_provider_options="base_host=127.0.0.1;base_port=$((4400 + n));gmcast.listen_addr=tcp://127.0.0.1:$((4400 + n));ist.recv_addr=127.0.0.1:$((4410 + n));gcache.size=256M"
wsrep_sst_receive_address=127.0.0.1:$((4420 + n))
wsrep_sst_method=${BLUELEDGER_SST_METHOD:-mariabackup}
# mariabackup reads the donor through its socket as root (no password: local sockets only)
wsrep_sst_auth=root:
wsrep_slave_threads=2
EOF
}

db_pid() { cat "$DIR/db$1/mysqld.pid" 2>/dev/null || true; }

# start_db N [bootstrap]: starts node N (bootstrap: as the first node of a new cluster)
start_db() {
    local n=$1 mode=${2:-join} d="$DIR/db$1"
    write_db_cnf "$n"
    if [ ! -d "$d/data/mysql" ]; then
        mkdir -p "$d/data"
        mariadb-install-db --defaults-file="$DIR/db$n.cnf" --user=root --skip-test-db \
            --auth-root-authentication-method=normal > "$d/install.log" 2>&1 \
            || { cat "$d/install.log" >&2; die "mariadb-install-db failed for node $n"; }
    fi
    local extra=()
    if [ "$mode" = bootstrap ]; then
        # the script stops the nodes last-to-first, so node 1 is safe to bootstrap from
        [ -f "$d/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$d/data/grastate.dat"
        extra=(--wsrep-new-cluster)
    fi
    log "starting Galera node $n on 127.0.0.1:$(db_port "$n") ($mode)"
    setsid mariadbd --defaults-file="$DIR/db$n.cnf" "${extra[@]}" > "$d/stdout.log" 2>&1 < /dev/null &
    echo $! > "$d/launcher.pid"
    disown $! 2>/dev/null || true
}

wait_db_synced() {
    local n=$1 i state
    for i in $(seq 1 180); do
        state=$(sql "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
        if [ "$state" = Synced ]; then
            log "node $n synced (cluster size $(sql "$n" -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2))"
            return 0
        fi
        if ! kill -0 "$(cat "$DIR/db$n/launcher.pid" 2>/dev/null)" 2>/dev/null; then
            tail -30 "$DIR/db$n/error.log" >&2
            die "Galera node $n exited (log: $DIR/db$n/error.log)"
        fi
        sleep 1
    done
    die "Galera node $n not synced after 180 s (log: $DIR/db$n/error.log)"
}

# stop_db N [kill]: clean shutdown, or SIGKILL (the fault drill)
stop_db() {
    local n=$1 how=${2:-clean} pid
    pid=$(cat "$DIR/db$n/launcher.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    if [ "$how" = kill ]; then
        log "killing Galera node $n (pid $pid)"
        kill -9 "$pid" 2>/dev/null || true
    else
        log "stopping Galera node $n"
        kill -TERM "$pid" 2>/dev/null || true
    fi
    local i
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$DIR/db$n/launcher.pid"
}

create_database() {
    local password
    password=$(secret "$DIR/app-db.secret" 24 | tr '+/' '-_' | tr -d '=')
    sql 1 -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$password';
        CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$password';
        GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
        GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'localhost';"
    APP_DB_PASSWORD=$password
}

# The application's configuration, as mvn -Pstart gives it (src/launcher/.../Launcher.java), with
# the Galera nodes in the JDBC URL, the non-XA data source (Galera refuses XA) and the grid on.
app_environment() {
    local urls="127.0.0.1:3401,127.0.0.1:3402,127.0.0.1:3403"
    export BLUELEDGER_DB_URL=${BLUELEDGER_CLUSTER_DB_URL:-jdbc:mariadb:sequential://$urls/$DB_NAME}
    export BLUELEDGER_DB_USER=$DB_USER
    export BLUELEDGER_DB_PASSWORD=$APP_DB_PASSWORD
    export BLUELEDGER_DB_DATASOURCE_CLASS=org.blueledger.platform.persistence.LocalTransactionDataSource
    export BLUELEDGER_CLUSTER=true
    export BLUELEDGER_DEMO=${BLUELEDGER_DEMO:-true}
    # the identities' key lives apart from the databases' files: backed up on its own (backup-drill)
    mkdir -p "$DIR/keys"
    if [ -z "${BLUELEDGER_CRYPTO_KEYS:-}" ]; then
        export BLUELEDGER_CRYPTO_KEYS="local1:$(secret "$DIR/keys/crypto-local1.key" 32)"
        export BLUELEDGER_CRYPTO_ACTIVE_KEY=local1
    fi
    export BLUELEDGER_HOLIDAYS_FILE=${BLUELEDGER_HOLIDAYS_FILE:-$ROOT/config/holidays.properties}
    if [ "$BLUELEDGER_DEMO" = true ]; then
        export BLUELEDGER_SECURITY_TWO_FACTOR_REQUIRED=${BLUELEDGER_SECURITY_TWO_FACTOR_REQUIRED:-false}
    fi
    export BLUELEDGER_MAIL_BASE_URL=${BLUELEDGER_MAIL_BASE_URL:-http://localhost:$LB_PORT}
}

start_app() {
    local i=$1 d="$DIR/app$1" members="" j
    mkdir -p "$d"
    # every instance's data grid port, so each finds the others over TCP (no multicast on loopback)
    for j in "${APP_INSTANCES[@]}"; do members+="${members:+,}127.0.0.1:$((HZ_START_PORT + j - 1))"; done
    log "starting Payara Micro app$i on http://127.0.0.1:$(app_port "$i")/ (log $d/payara.log)"
    # shellcheck disable=SC2086
    setsid java $JAVA_OPTS -jar "$MICRO" --deploy "$WAR" --contextroot / \
        --port "$(app_port "$i")" --name "app$i" --rootdir "$d/root" \
        --clustername blueledger-cluster --clustermode "tcpip:$members" \
        --startport "$((HZ_START_PORT + i - 1))" --interfaces 127.0.0.1 --nohostaware \
        > "$d/payara.log" 2>&1 < /dev/null &
    echo $! > "$d/pid"
    disown $! 2>/dev/null || true
}

wait_app_healthy() {
    local i=$1 t
    for t in $(seq 1 300); do
        # Payara answers /health before the application is deployed: wait for the application's own check
        if curl -fs "http://127.0.0.1:$(app_port "$i")/health" 2>/dev/null | grep -q "$HEALTHY" \
                && curl -fs -o /dev/null "http://127.0.0.1:$(app_port "$i")/login.xhtml" 2>/dev/null; then
            log "app$i healthy after ${t} s"
            return 0
        fi
        kill -0 "$(cat "$DIR/app$i/pid" 2>/dev/null)" 2>/dev/null || { tail -40 "$DIR/app$i/payara.log" >&2; die "app$i exited"; }
        sleep 1
    done
    die "app$i not healthy after 300 s (log: $DIR/app$i/payara.log)"
}

stop_app() {
    local i=$1 how=${2:-clean} pid
    pid=$(cat "$DIR/app$i/pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    if [ "$how" = kill ]; then
        log "killing app$i (pid $pid)"
        kill -9 "$pid" 2>/dev/null || true
    else
        log "stopping app$i"
        kill -TERM "$pid" 2>/dev/null || true
    fi
    local t
    for t in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$DIR/app$i/pid"
}

start_haproxy() {
    local i servers=""
    for i in "${APP_INSTANCES[@]}"; do
        servers+="    server app$i 127.0.0.1:$(app_port "$i") check cookie app$i"$'\n'
    done
    cat > "$DIR/haproxy.cfg" <<EOF
# written by config/cluster/lib.sh
global
    maxconn 2000
    pidfile $DIR/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a request refused by a dead instance goes to another one
    retries 2
    option redispatch
frontend blueledger
    bind 127.0.0.1:$LB_PORT
    default_backend instances
backend instances
    balance roundrobin
    # stickiness keeps a browser on one instance while it lives (fewer grid reads);
    # the session is in the data grid, so the other instance carries on when it dies
    cookie BLUELEDGER_NODE insert indirect nocache httponly
    # /health answers 200 (with no checks) before the application is deployed: an instance is in
    # only once the application's own database check is in the answer, and up
    # and the sign-in page must be served (the health check answers a few seconds before the
    # web module is fully deployed)
    option httpchk
    http-check connect
    http-check send meth GET uri /health
    http-check expect string '"name":"database","status":"UP"'
    http-check connect
    http-check send meth GET uri /login.xhtml
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
$servers
EOF
    log "starting HAProxy on http://127.0.0.1:$LB_PORT/ (balancing ${APP_INSTANCES[*]/#/app})"
    setsid haproxy -f "$DIR/haproxy.cfg" -db > "$DIR/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$DIR/haproxy.launcher.pid"
    disown $! 2>/dev/null || true
}

stop_haproxy() {
    local pid
    pid=$(cat "$DIR/haproxy.launcher.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
    rm -f "$DIR/haproxy.launcher.pid"
}

start_cluster() {
    require_tools
    [ -f "$MICRO" ] && [ -f "$WAR" ] || die "build first: mvn -B -q package -DskipTests (needs $WAR and $MICRO)"
    local ports=($LB_PORT 3401 3402 3403 4401 4402 4403)
    for i in "${APP_INSTANCES[@]}"; do ports+=("$(app_port "$i")"); done
    require_free_ports "${ports[@]}"
    mkdir -p "$DIR"
    log "cluster files in $DIR"
    start_db 1 bootstrap
    wait_db_synced 1
    start_db 2
    wait_db_synced 2
    start_db 3
    wait_db_synced 3
    create_database
    app_environment
    # one instance first: it alone runs the Flyway migrations and loads the demo data
    local first=1
    for i in "${APP_INSTANCES[@]}"; do
        start_app "$i"
        if [ $first = 1 ]; then wait_app_healthy "$i"; first=0; fi
    done
    for i in "${APP_INSTANCES[@]}"; do wait_app_healthy "$i"; done
    start_haproxy
    local t
    for t in $(seq 1 30); do
        curl -fs -o /dev/null "http://127.0.0.1:$LB_PORT/health" && break
        sleep 1
    done
    curl -fs -o /dev/null "http://127.0.0.1:$LB_PORT/health" || die "HAProxy does not answer (log $DIR/haproxy.log)"
}

stop_cluster() {
    trap - INT TERM EXIT
    log "stopping the cluster"
    stop_haproxy
    local i
    local stoppers=()
    for i in "${APP_INSTANCES[@]}"; do stop_app "$i" & stoppers+=($!); done
    wait "${stoppers[@]}" 2>/dev/null || true
    # last-to-first, so that node 1 is the last to leave and the one to bootstrap next time
    for i in 3 2 1; do stop_db "$i"; done
    log "stopped; data kept in $DIR"
}
