# Shared by up.sh and down.sh: where the local stack keeps its state, and small helpers.
# shellcheck shell=bash

STATE=${HARMONY_LOCAL_DIR:-$ROOT/.local}
LOGS=$STATE/logs
PIDS=$STATE/pids
SERVICES=(core-service odoo-sync-service notification-service scheduler-service)
# Stopped in this order: the services first, then what they depend on.
STOP_ORDER=(scheduler-service notification-service odoo-sync-service core-service odoo-emulator infra)

step() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

port_of() {
	case "$1" in
	core-service) echo "${CORE_SERVICE_PORT:-8081}" ;;
	odoo-sync-service) echo "${ODOO_SYNC_SERVICE_PORT:-8082}" ;;
	notification-service) echo "${NOTIFICATION_SERVICE_PORT:-8083}" ;;
	scheduler-service) echo "${SCHEDULER_SERVICE_PORT:-8084}" ;;
	esac
}

database_of() {
	case "$1" in
	core-service) echo harmony_core ;;
	odoo-sync-service) echo harmony_odoo_sync ;;
	notification-service) echo harmony_notification ;;
	scheduler-service) echo harmony_scheduler ;;
	esac
}

require_java() {
	command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17 or newer"
	local version
	version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
	[ "${version%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found $version)"
}

# jar_of MODULE: the runnable jar of a module (the services' Spring Boot jar, the launchers' -launcher jar).
jar_of() {
	local jar
	jar=$(ls "$ROOT/$1"/target/"$1"-*-launcher.jar 2>/dev/null | head -n 1)
	[ -n "$jar" ] || jar=$(ls "$ROOT/$1"/target/"$1"-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n 1)
	[ -n "$jar" ] || die "no jar for $1: run deploy/local/up.sh --rebuild"
	echo "$jar"
}

all_jars_built() {
	local module
	for module in local-infra odoo-emulator "${SERVICES[@]}"; do
		ls "$ROOT/$module"/target/"$module"-*.jar >/dev/null 2>&1 || return 1
	done
	ls "$ROOT"/local-infra/target/local-infra-*-launcher.jar "$ROOT"/odoo-emulator/target/odoo-emulator-*-launcher.jar \
		>/dev/null 2>&1
}

# start_process NAME COMMAND...: runs COMMAND in its own session (so down.sh can stop all it started),
# output to $LOGS/NAME.log, pid to $PIDS/NAME.pid. setsid replaces itself with COMMAND (a background job of a
# script is no process group leader, so it does not fork): the pid is COMMAND's, and the id of its group.
start_process() {
	local name=$1
	shift
	setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
	echo $! >"$PIDS/$name.pid"
}

pid_of() { cat "$PIDS/$1.pid" 2>/dev/null; }

is_running() {
	local pid
	pid=$(pid_of "$1") || return 1
	kill -0 "$pid" 2>/dev/null
}

any_running() {
	local name
	for name in "${STOP_ORDER[@]}"; do
		is_running "$name" && return 0
	done
	return 1
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$@" 2>/dev/null; }

is_blank() { [[ -z "${1//[[:space:]]/}" ]]; }

# planned_ports: one line "PORT|VARIABLE|DEFAULT|WHAT" for each port up.sh will listen on, given the
# environment: the embedded Kafka, PostgreSQL and Redis unless KAFKA_BOOTSTRAP_SERVERS, POSTGRES_HOST or REDIS_URL
# name running ones, the Odoo emulator unless ODOO_HOST names an Odoo, and the four services.
planned_ports() {
	if is_blank "${KAFKA_BOOTSTRAP_SERVERS:-}"; then
		local kafka=${HARMONY_KAFKA_PORT:-19092}
		echo "$kafka|HARMONY_KAFKA_PORT|19092|Kafka"
		if [[ $kafka =~ ^[0-9]+$ ]]; then # local-infra's default for the controller is the broker's port + 1
			echo "${HARMONY_KAFKA_CONTROLLER_PORT:-$((kafka + 1))}|HARMONY_KAFKA_CONTROLLER_PORT|HARMONY_KAFKA_PORT + 1|\
the Kafka controller"
		fi
	fi
	if is_blank "${POSTGRES_HOST:-}"; then
		echo "${HARMONY_POSTGRES_PORT:-15432}|HARMONY_POSTGRES_PORT|15432|PostgreSQL"
	fi
	if is_blank "${REDIS_URL:-}"; then
		echo "${HARMONY_REDIS_PORT:-16379}|HARMONY_REDIS_PORT|16379|Redis"
	fi
	if [ -z "${ODOO_HOST:-}" ]; then
		echo "${ODOO_EMULATOR_PORT:-18069}|ODOO_EMULATOR_PORT|18069|the Odoo emulator"
	fi
	echo "$(port_of core-service)|CORE_SERVICE_PORT|8081|core-service"
	echo "$(port_of odoo-sync-service)|ODOO_SYNC_SERVICE_PORT|8082|odoo-sync-service"
	echo "$(port_of notification-service)|NOTIFICATION_SERVICE_PORT|8083|notification-service"
	echo "$(port_of scheduler-service)|SCHEDULER_SERVICE_PORT|8084|scheduler-service"
}

# listeners PORT: "PID COMMAND" of each process listening on TCP PORT, as far as ss or lsof can tell
# (nothing when neither is installed, or when they may not see the owner).
listeners() {
	local port=$1
	{
		if command -v ss >/dev/null 2>&1; then
			ss -ltnp "sport = :$port" 2>/dev/null | grep -o '"[^"]*",pid=[0-9]*' | sed 's/^"\(.*\)",pid=\([0-9]*\)$/\2 \1/'
		elif command -v lsof >/dev/null 2>&1; then
			lsof -nP -iTCP:"$port" -sTCP:LISTEN -Fpc 2>/dev/null |
				awk '/^p/ { pid = substr($0, 2) } /^c/ { print pid, substr($0, 2) }'
		fi
	} | sort -u || true
}

# describe_listeners PORT: "python3 (pid 1234)", comma-separated; empty when unknown.
describe_listeners() {
	listeners "$1" | awk '{ pid = $1; $1 = ""; sub(/^ /, ""); printf "%s%s (pid %s)", (NR > 1 ? ", " : ""), $0, pid }'
}

# port_in_use PORT: something listens on TCP PORT, on any address.
port_in_use() {
	local port=$1
	if command -v ss >/dev/null 2>&1 && [ -n "$(ss -ltn "sport = :$port" 2>/dev/null | tail -n +2)" ]; then
		return 0
	fi
	if command -v lsof >/dev/null 2>&1 && lsof -nP -iTCP:"$port" -sTCP:LISTEN -t >/dev/null 2>&1; then
		return 0
	fi
	# ss missing, or lsof not allowed to see another user's sockets: try to connect
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# check_ports_free: every port of planned_ports is a number, given once and free; otherwise says which, the
# variable that sets it and what holds it, and exits before anything is started.
check_ports_free() {
	local port variable default what holder problems=() taken=" "
	while IFS='|' read -r port variable default what; do
		if ! [[ $port =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
			problems+=("$variable=$port is not a port number (it is the port of $what)")
		elif [[ $taken == *" $port "* ]]; then
			problems+=("port $port is given twice: $variable ($what) needs a port of its own")
		else
			taken+="$port "
			if port_in_use "$port"; then
				holder=$(describe_listeners "$port")
				problems+=("port $port, for $what ($variable, default $default), is already in use${holder:+ by $holder}: \
stop what holds it, or export $variable with a free port")
			fi
		fi
	done < <(planned_ports)
	if [ ${#problems[@]} -gt 0 ]; then
		printf 'error: %s\n' "${problems[@]}" >&2
		die "nothing was started"
	fi
}

# owns_port NAME PORT: no process but the one started as NAME (or one of its process group) listens on PORT.
# True when ss and lsof cannot tell who listens.
owns_port() {
	local pid listener group
	pid=$(pid_of "$1") || return 1
	while read -r listener _; do
		[ -n "$listener" ] || continue
		group=$(ps -o pgid= -p "$listener" 2>/dev/null | tr -d ' ' || true)
		[ "$listener" = "$pid" ] || [ "$group" = "$pid" ] || return 1
	done < <(listeners "$2")
}

# fail_start NAME MESSAGE: the end of NAME's log, MESSAGE, and what to do with what did start.
fail_start() {
	local name=$1
	shift
	printf -- '--- last lines of %s ---\n' "$LOGS/$name.log" >&2
	tail -n 20 "$LOGS/$name.log" >&2 || true
	printf -- '---\n' >&2
	if any_running; then
		printf 'error: %s\n' "$*" >&2
		die "what did start is still running: stop it with deploy/local/down.sh"
	fi
	die "$*"
}

# embedded_ports: the ports of planned_ports that local-infra listens on (space-separated).
embedded_ports() { planned_ports | awk -F'|' '$2 ~ /^HARMONY_/ { printf "%s ", $1 }'; }

# wait_ready NAME SECONDS PORTS COMMAND...: polls once a second, printing progress, until the process started as
# NAME is alive, COMMAND succeeds and (as far as ss or lsof can tell) that process or its group holds each of the
# space-separated PORTS. Fails with the end of its log as soon as the process has exited, when another process
# holds one of PORTS, or after SECONDS.
wait_ready() {
	local name=$1 seconds=$2 ports=$3
	shift 3
	local deadline=$((SECONDS + seconds)) pid port
	pid=$(pid_of "$name") || die "$name was not started"
	printf '    waiting for %s (pid %s) ' "$name" "$pid"
	while true; do
		if ! is_running "$name"; then
			printf ' exited\n'
			fail_start "$name" "$name (pid $pid) exited during start-up; see $LOGS/$name.log"
		fi
		if "$@"; then
			if ! is_running "$name"; then
				continue
			fi
			for port in $ports; do
				if ! owns_port "$name" "$port"; then
					printf ' not its port\n'
					fail_start "$name" "port $port is held by $(describe_listeners "$port"), not by $name (pid $pid)"
				fi
			done
			break
		fi
		if [ $SECONDS -ge $deadline ]; then
			printf ' timed out after %ss\n' "$seconds"
			fail_start "$name" "$name is not ready after ${seconds}s; see $LOGS/$name.log"
		fi
		printf '.'
		sleep 1
	done
	printf ' ready (%ss)\n' "$((seconds - (deadline - SECONDS)))"
}

# check_all_alive NAME...: each process that was started is still running (one may die while the next ones start).
check_all_alive() {
	local name
	for name in "$@"; do
		if [ -f "$PIDS/$name.pid" ] && ! is_running "$name"; then
			fail_start "$name" "$name (pid $(pid_of "$name")) has exited; see $LOGS/$name.log"
		fi
	done
}
