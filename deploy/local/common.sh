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

# require_java: sets JAVA_VERSION (the feature release: 17, 21...) and JAVA_BUILD (the exact runtime, which a class
# archive is bound to), or exits. The java of JAVA_HOME when it is set, else the one on the PATH.
require_java() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
		PATH=$JAVA_HOME/bin:$PATH
	fi
	command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17 or newer"
	local settings version
	settings=$(java -XshowSettings:properties -version 2>&1)
	version=$(sed -n 's/^ *java.specification.version = //p' <<<"$settings")
	[ "${version%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found $version)"
	JAVA_VERSION=${version%%.*}
	JAVA_BUILD=$(sed -n 's/^ *java.vm.vendor = //p; s/^ *java.runtime.version = //p' <<<"$settings" | tr -c 'A-Za-z0-9.+\n-' _ |
		paste -sd- -)
}

# The services' JVM settings, the images' too (jib jvmFlags in the root pom.xml, where the heap follows the
# container's memory limit instead of -Xmx): see docs/adr/0018-start-up-and-memory-of-the-services.md.
SERVICE_JVM_OPTIONS=(-Xms64m -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC
	-XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError)
# local-infra's and the emulator's JVMs: the same lean JIT and collector, a heap that starts small.
SUPPORT_JVM_OPTIONS=(-Xms32m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
# glibc's malloc keeps an arena per thread that allocates; two are enough for the JVMs here and hold less memory.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The services' jars hold the bean definitions Spring worked out when they were built (process-aot in the root
# pom.xml); this makes their JVMs use them.
SPRING_AOT_OPTIONS=(-Dspring.aot.enabled=true)

# app_command NAME JAR [JVM_OPTION...]: sets COMMAND to run the Spring Boot JAR with the services' settings (and
# the options given), from its extracted form in $STATE/apps/NAME (the JVM maps archived classes from plain jars
# only, not from jars nested in the Spring Boot jar) with an archive of its classes in $STATE/cds, one per java it
# ran on. From Java 25 that is the JDK's ahead-of-time cache (classes loaded and linked, method profiles), written
# when the process first ends and used by the next starts; before, a class data sharing archive: written when the
# process first ends on Java 17 and 18, created and refreshed by the JVM itself from Java 19. A new jar is
# extracted afresh and gets new archives.
app_command() {
	local name=$1 jar=$2
	shift 2
	local dir=$STATE/apps/$name archive=$STATE/cds/$name-$JAVA_BUILD
	local extracted=$dir/$(basename "$jar")
	if [ ! -f "$extracted" ] || [ "$jar" -nt "$extracted" ]; then
		rm -rf "$dir" "$STATE/cds/$name"-*.jsa "$STATE/cds/$name"-*.aot
		java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null || die "could not extract $jar"
	fi
	mkdir -p "$STATE/cds"
	# cds*=error (and aot*=error): classes an archive cannot hold (JFR events, old bytecode) are no news
	local cds log=-Xlog:cds*=error
	if [ "$JAVA_VERSION" -ge 25 ]; then
		if [ -f "$archive.aot" ]; then cds=("-XX:AOTCache=$archive.aot"); else cds=("-XX:AOTCacheOutput=$archive.aot"); fi
		log=-Xlog:cds*=error,aot*=error
	elif [ "$JAVA_VERSION" -ge 19 ]; then
		cds=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive.jsa")
	elif [ -f "$archive.jsa" ]; then
		cds=("-XX:SharedArchiveFile=$archive.jsa")
	else
		cds=("-XX:ArchiveClassesAtExit=$archive.jsa")
	fi
	COMMAND=(java "${SERVICE_JVM_OPTIONS[@]}" "$@" "${cds[@]}" "$log" -jar "$extracted")
}

# archive_kind: what app_command gives the JVM, in words.
archive_kind() {
	if [ "$JAVA_VERSION" -ge 25 ]; then echo "the JDK's ahead-of-time cache"; else echo "a class data sharing archive"; fi
}

# start_service NAME: starts one of SERVICES on its port and database, in the environment export_service_environment
# prepared.
start_service() {
	app_command "$1" "$(jar_of "$1")" "${SPRING_AOT_OPTIONS[@]}"
	SERVER_PORT=$(port_of "$1") POSTGRES_DB=$(database_of "$1") start_process "$1" "${COMMAND[@]}"
}

# export_emulator_environment PORT: the odoo-sync-service's Odoo is the emulator on PORT.
export_emulator_environment() {
	export ODOO_ENABLED=${ODOO_ENABLED:-true} ODOO_HOST=127.0.0.1 ODOO_PORT=$1 ODOO_PROTOCOL=jsonrpc
	export ODOO_DB=${ODOO_EMULATOR_DB:-harmony} ODOO_USERNAME=${ODOO_EMULATOR_LOGIN:-admin}
	export ODOO_PASSWORD=${ODOO_EMULATOR_PASSWORD:-admin}
}

# export_service_environment: what the services read besides their port and database.
export_service_environment() {
	# The core-service creates the admin account from these on start-up.
	export HARMONY_ADMIN_USERNAME=${HARMONY_ADMIN_USERNAME:-admin}
	export HARMONY_ADMIN_PASSWORD=${HARMONY_ADMIN_PASSWORD:-harmony-admin}
	# The key core-service signs tokens with, kept in $STATE: tokens survive a restart, and core-service does not
	# spend its start-up generating one (it does, with a warning, when openssl is missing).
	if [ -z "${HARMONY_JWT_PRIVATE_KEY:-}" ] && command -v openssl >/dev/null 2>&1; then
		if [ ! -s "$STATE/jwt-private-key.pem" ]; then
			(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt-private-key.pem" \
				2>/dev/null) || rm -f "$STATE/jwt-private-key.pem"
		fi
		if [ -s "$STATE/jwt-private-key.pem" ]; then
			HARMONY_JWT_PRIVATE_KEY=$(cat "$STATE/jwt-private-key.pem")
			export HARMONY_JWT_PRIVATE_KEY
		fi
	fi
	# The other services check the core-service's tokens against its published keys and issuer.
	export HARMONY_JWT_ISSUER=${HARMONY_JWT_ISSUER:-genius-harmony}
	export HARMONY_JWT_JWKS_URI=${HARMONY_JWT_JWKS_URI:-http://127.0.0.1:$(port_of core-service)/.well-known/jwks.json}
	# The operators' console (notification-service's /console/) calls the other services from the browser.
	export HARMONY_CORS_ALLOWED_ORIGINS=${HARMONY_CORS_ALLOWED_ORIGINS:-http://localhost:$(port_of notification-service)}
	export HARMONY_CONSOLE_CORE_URL=http://localhost:$(port_of core-service)
	export HARMONY_CONSOLE_SYNC_URL=http://localhost:$(port_of odoo-sync-service)
	export HARMONY_CONSOLE_SCHEDULER_URL=http://localhost:$(port_of scheduler-service)
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
