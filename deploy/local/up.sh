#!/usr/bin/env bash
# Starts the whole Genius Harmony system on this machine: Kafka, PostgreSQL and Redis (embedded, unless the
# environment names running ones), the Odoo emulator (unless ODOO_HOST names a real Odoo) and the four
# services, each as its own process. Builds what is missing, waits until every service is ready, prints the URLs.
# Starts nothing when a port it needs is taken; fails when a process it started exits before it is ready.
#
#   deploy/local/up.sh [--rebuild]
#
# Everything it starts is stopped by deploy/local/down.sh. State (data, logs, pids) lives in .local/ at the
# top of the repository, or in HARMONY_LOCAL_DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=deploy/local/common.sh
source "$ROOT/deploy/local/common.sh"

rebuild=false
for arg in "$@"; do
	case "$arg" in
	--rebuild) rebuild=true ;;
	-h | --help)
		sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) die "unknown argument: $arg (see --help)" ;;
	esac
done

require_java
mkdir -p "$LOGS" "$PIDS"
if any_running; then
	die "the local stack is already running (pids in $PIDS); stop it with deploy/local/down.sh"
fi
check_ports_free

# 1. Build what is missing.
if $rebuild || ! all_jars_built; then
	step "Building the services (./mvnw package, tests skipped; log: $LOGS/build.log)"
	(cd "$ROOT" && ./mvnw -B -q -DskipTests package >"$LOGS/build.log" 2>&1) || {
		tail -n 40 "$LOGS/build.log" >&2
		die "build failed, see $LOGS/build.log"
	}
	check_ports_free # again: the build took a while
fi

# 2. Kafka, PostgreSQL, Redis: the caller's (KAFKA_BOOTSTRAP_SERVERS, POSTGRES_HOST, REDIS_URL) or embedded.
step "Starting Kafka, PostgreSQL and Redis (log: $LOGS/infra.log)"
rm -f "$STATE/infra.env"
start_process infra java -Xmx128m "${SUPPORT_JVM_OPTIONS[@]}" -jar "$(jar_of local-infra)" --state-dir "$STATE"
# local-infra writes infra.env once its servers answer, and fails when one of them cannot start
wait_ready infra 180 "$(embedded_ports)" test -s "$STATE/infra.env"
set -a
# shellcheck disable=SC1091
source "$STATE/infra.env"
set +a

# 3. Odoo: a real one when ODOO_HOST is set, the emulator otherwise.
if [ -z "${ODOO_HOST:-}" ]; then
	emulator_port=${ODOO_EMULATOR_PORT:-18069}
	step "Starting the Odoo emulator on port $emulator_port (log: $LOGS/odoo-emulator.log)"
	ODOO_EMULATOR_PORT=$emulator_port start_process odoo-emulator java -Xmx256m "${SUPPORT_JVM_OPTIONS[@]}" \
		-jar "$(jar_of odoo-emulator)"
	export_emulator_environment "$emulator_port"
	wait_ready odoo-emulator 60 "$emulator_port" http_ok "http://127.0.0.1:$emulator_port/jsonrpc" -X POST \
		-H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"version","args":[]},"id":1}'
else
	step "Using the Odoo at ${ODOO_PROTOCOL:-jsonrpc+ssl}://$ODOO_HOST:${ODOO_PORT:-443} (database ${ODOO_DB:-?})"
fi

# 4. The services, each from its extracted jar with the archive of its classes (common.sh, app_command).
export_service_environment
for service in "${SERVICES[@]}"; do
	step "Starting $service on port $(port_of "$service") (log: $LOGS/$service.log)"
	start_service "$service"
done
for service in "${SERVICES[@]}"; do
	port=$(port_of "$service")
	wait_ready "$service" 180 "$port" http_ok "http://127.0.0.1:$port/actuator/health/readiness"
done
# one of them may have exited while the next ones started
check_all_alive "${STOP_ORDER[@]}"

cat <<EOF

Genius Harmony is running.
  core-service          http://localhost:$(port_of core-service)
  odoo-sync-service     http://localhost:$(port_of odoo-sync-service)
  notification-service  http://localhost:$(port_of notification-service)
  scheduler-service     http://localhost:$(port_of scheduler-service)
  operators' console    http://localhost:$(port_of notification-service)/console/ (the admin account)
  health and metrics    /actuator/health, /actuator/prometheus on each
  Odoo                  ${ODOO_PROTOCOL}://${ODOO_HOST}:${ODOO_PORT} (database ${ODOO_DB})
  Kafka                 $KAFKA_BOOTSTRAP_SERVERS
  PostgreSQL            $POSTGRES_HOST:$POSTGRES_PORT (user $POSTGRES_USER)
  Redis                 $REDIS_URL
  admin account         $HARMONY_ADMIN_USERNAME (password from HARMONY_ADMIN_PASSWORD)
  logs                  $LOGS
Stop everything with deploy/local/down.sh
EOF
