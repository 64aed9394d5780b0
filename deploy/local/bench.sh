#!/usr/bin/env bash
# Measures start-up and memory of the services as deploy/local/up.sh runs them, against a bare Spring Boot WebFlux
# application run the same way (deploy/local/bench/bare-webflux, same java, same settings):
#   1. starts the local stack with up.sh, then stops the four services (which leaves each its class archive);
#   2. ROUNDS times, in turn: the bare application as it comes (the anchor), the bare application with Spring AOT,
#      then each service alone, each timed from launch to the first 200 of /actuator/health/readiness (polled every
#      0.1 s) and stopped again; reports the medians;
#   3. starts the four services again, loads them for a short while through their APIs (tasks created and synced
#      to the emulator, notifications read), and reports each process's resident memory and the stack's total.
# Prints the report (also written to .local/bench.md) with the load average; stops the stack at the end.
#
#   deploy/local/bench.sh [ROUNDS]    (default 5; BENCH_TASKS=200 tasks in the load, BENCH_BARE_PORT=8090)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=deploy/local/common.sh
source "$ROOT/deploy/local/common.sh"

rounds=${1:-5}
tasks=${BENCH_TASKS:-200}
bare_port=${BENCH_BARE_PORT:-8090}
case "$rounds" in -h | --help)
	sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
	exit 0
	;;
esac

require_java
any_running && die "the local stack is running: stop it with deploy/local/down.sh first"
port_in_use "$bare_port" && die "port $bare_port (BENCH_BARE_PORT) is in use"
bare_project=$ROOT/deploy/local/bench/bare-webflux
if ! ls "$bare_project"/target/bare-webflux-*.jar >/dev/null 2>&1 || [ ! -d "$bare_project/target/spring-aot" ]; then
	step "Building the bare WebFlux application"
	(cd "$ROOT" && ./mvnw -B -q -f "$bare_project/pom.xml" -DskipTests package) || die "could not build $bare_project"
fi
bare_jar=$(ls "$bare_project"/target/bare-webflux-*.jar | head -n 1)

"$ROOT/deploy/local/up.sh"
trap '"$ROOT/deploy/local/down.sh" >/dev/null 2>&1 || true' EXIT
set -a
# shellcheck disable=SC1091
source "$STATE/infra.env"
set +a
if is_running odoo-emulator; then
	export_emulator_environment "${ODOO_EMULATOR_PORT:-18069}"
fi
export_service_environment
report=$STATE/bench.md
: >"$report"
say() { printf '%s\n' "$*" | tee -a "$report"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

stop_app() {
	local pid
	pid=$(pid_of "$1") || return 0
	kill -TERM "$pid" 2>/dev/null || true
	while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
	rm -f "$PIDS/$1.pid"
}

# The bare application as it comes (the anchor), the same with Spring AOT as the services run, and the services.
APPS=(bare-webflux bare-webflux-aot "${SERVICES[@]}")

# timed_start NAME PORT: starts NAME (as start_service does, or the bare application); prints the milliseconds to
# readiness and the MiB it holds resident then.
timed_start() {
	local name=$1 port=$2 started
	case "$name" in
	bare-webflux) app_command "$name" "$bare_jar" ;;
	bare-webflux-aot) app_command "$name" "$bare_jar" "${SPRING_AOT_OPTIONS[@]}" ;;
	*) app_command "$name" "$(jar_of "$name")" "${SPRING_AOT_OPTIONS[@]}" ;;
	esac
	started=$(date +%s%N)
	if [[ $name == bare-webflux* ]]; then
		SERVER_PORT=$port start_process "$name" "${COMMAND[@]}"
	else
		SERVER_PORT=$port POSTGRES_DB=$(database_of "$name") start_process "$name" "${COMMAND[@]}"
	fi
	until curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
		is_running "$name" || fail_start "$name" "$name exited during start-up"
		sleep 0.1
	done
	echo "$((($(date +%s%N) - started) / 1000000)) $(($(kib VmRSS: "/proc/$(pid_of "$name")/status") / 1024))"
}

# kib KEY FILE: the value in kB of KEY (VmRSS:, Pss:) in a /proc file, 0 when the process is gone
kib() {
	local value
	value=$(awk -v key="$1" '$1 == key { print $2; found = 1 } END { if (!found) print 0 }' "$2" 2>/dev/null)
	echo "${value:-0}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }

# 1. The archives: each service's is written as it stops; the bare application gets one from a first start.
step "Stopping the services (their class archives are written) and a first start of the bare application"
for service in "${SERVICES[@]}"; do stop_app "$service"; done
for name in bare-webflux bare-webflux-aot; do
	timed_start "$name" "$bare_port" >/dev/null
	stop_app "$name"
done

# 2. Start-up, interleaved.
say "# Start-up and memory, $(date -u +%FT%TZ), $(java -version 2>&1 | head -n 1), $(nproc) CPUs"
say ""
say "JVM settings: ${SERVICE_JVM_OPTIONS[*]}, $(archive_kind) (deploy/local/common.sh); the services and \
bare-webflux-aot with ${SPRING_AOT_OPTIONS[*]}"
say ""
say "Load average before the start-ups: $(loadavg)"
declare -A times memory
for round in $(seq "$rounds"); do
	for name in "${APPS[@]}"; do
		if [[ $name == bare-webflux* ]]; then port=$bare_port; else port=$(port_of "$name"); fi
		ms=
		read -r ms mib < <(timed_start "$name" "$port")
		[ -n "$ms" ] || die "$name did not start; see $LOGS/$name.log"
		times[$name]+="$ms "
		memory[$name]+="$mib "
		stop_app "$name"
		printf '    round %s: %s ready in %s ms, %s MiB resident (load %s)\n' "$round" "$name" "$ms" "$mib" "$(loadavg)"
	done
done
say "Load average after the start-ups: $(loadavg)"
bare_median=$(printf '%s\n' ${times[bare-webflux]} | median)
say ""
say "| application | ready, median of $rounds (ms) | x bare-webflux | each round (ms) | resident when ready, median (MiB) |"
say "|---|---:|---:|---|---:|"
for name in "${APPS[@]}"; do
	m=$(printf '%s\n' ${times[$name]} | median)
	say "| $name | $m | $(awk -v a="$m" -v b="$bare_median" 'BEGIN { printf "%.2f", a / b }') | ${times[$name]% } \
| $(printf '%s\n' ${memory[$name]} | median) |"
done

# 3. Memory under a short load.
step "Starting the four services again, then $tasks tasks through core-service and notification reads"
for service in "${SERVICES[@]}"; do start_service "$service"; done
for service in "${SERVICES[@]}"; do
	port=$(port_of "$service")
	wait_ready "$service" 180 "$port" http_ok "http://127.0.0.1:$port/actuator/health/readiness"
done
core=http://127.0.0.1:$(port_of core-service)
notifications=http://127.0.0.1:$(port_of notification-service)
token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$HARMONY_ADMIN_USERNAME\",\
\"password\":\"$HARMONY_ADMIN_PASSWORD\"}" "$core/api/auth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
me=$(curl -fsS -H "$auth" "$core/api/users" | sed 's/.*"results":\[{"id":"\{0,1\}\([^",]*\).*/\1/')
project=$(curl -fsS -H "$auth" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$core/api/projects" |
	sed 's/^{"id":"\{0,1\}\([^",]*\).*/\1/')
failed=0
for i in $(seq "$tasks"); do
	curl -fs -o /dev/null -H "$auth" -H 'Content-Type: application/json' \
		-d "{\"project_id\":\"$project\",\"title\":\"bench $i\",\"assignee_ids\":[\"$me\"]}" "$core/api/tasks" ||
		failed=$((failed + 1))
	curl -fs -o /dev/null -H "$auth" "$notifications/api/notifications/unread-count/" || failed=$((failed + 1))
	curl -fs -o /dev/null -H "$auth" "$notifications/api/notifications/" || failed=$((failed + 1))
done
sleep 15 # the sync and the notifications catch up
say ""
say "Memory after $tasks task creations, $((2 * tasks)) notification reads ($failed requests failed) and 15 s; \
load average $(loadavg)"
say ""
say "| process (with its children) | VmRSS MiB | PSS MiB |"
say "|---|---:|---:|"
# descendants PID: PID and every process under it (PostgreSQL's backends leave local-infra's process group)
descendants() {
	echo "$1"
	local child
	for child in $(pgrep -P "$1"); do descendants "$child"; done
}
total_rss=0
total_pss=0
for name in infra odoo-emulator "${SERVICES[@]}"; do
	is_running "$name" || continue
	pid=$(pid_of "$name")
	rss=0
	pss=0
	for member in $(descendants "$pid"); do
		rss=$((rss + $(kib VmRSS: "/proc/$member/status")))
		pss=$((pss + $(kib Pss: "/proc/$member/smaps_rollup")))
	done
	total_rss=$((total_rss + rss))
	total_pss=$((total_pss + pss))
	label=$name
	[ "$name" = infra ] && label="infra: local-infra, its Kafka JVM, PostgreSQL (all its processes), Redis"
	say "| $label | $((rss / 1024)) | $((pss / 1024)) |"
done
say "| **the whole local stack** | **$((total_rss / 1024))** | **$((total_pss / 1024))** |"
say ""
say "Report: $report"
