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
# output to $LOGS/NAME.log, pid to $PIDS/NAME.pid.
start_process() {
	local name=$1
	shift
	setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
	echo $! >"$PIDS/$name.pid"
}

is_running() {
	local pid
	pid=$(cat "$PIDS/$1.pid" 2>/dev/null) || return 1
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

# wait_until NAME SECONDS COMMAND...: polls COMMAND once a second, printing progress, until it succeeds;
# gives up early when the process NAME has exited.
wait_until() {
	local name=$1 seconds=$2
	shift 2
	local deadline=$((SECONDS + seconds))
	printf '    waiting for %s ' "$name"
	until "$@"; do
		if ! is_running "$name"; then
			printf ' exited\n'
			tail -n 20 "$LOGS/$name.log" >&2 || true
			die "$name exited during start-up; see $LOGS/$name.log"
		fi
		if [ $SECONDS -ge $deadline ]; then
			printf ' timed out after %ss\n' "$seconds"
			die "$name is not ready; see $LOGS/$name.log"
		fi
		printf '.'
		sleep 1
	done
	printf ' ready (%ss)\n' "$((seconds - (deadline - SECONDS)))"
}
