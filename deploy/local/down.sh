#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started: the services first, then the Odoo emulator, Kafka, PostgreSQL
# and Redis. Each gets SIGTERM and up to 30 seconds to shut down gracefully; what is still alive after that,
# with everything it started, gets SIGKILL. Data in .local/data is kept; delete the folder to start afresh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=deploy/local/common.sh
source "$ROOT/deploy/local/common.sh"

# Each process was started with setsid, so its pid is also the id of its process group.
stop_group() {
	local name=$1 pid
	pid=$(cat "$PIDS/$name.pid" 2>/dev/null) || return 0
	if kill -0 "$pid" 2>/dev/null; then
		step "Stopping $name (pid $pid)"
		kill -TERM "$pid" 2>/dev/null || true
		local deadline=$((SECONDS + 30))
		while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do
			sleep 0.5
		done
	else
		echo "    $name (pid $pid) had already exited; see $LOGS/$name.log"
	fi
	# Whatever is left in the group (the process itself past its deadline, or a child it left behind).
	if pgrep -g "$pid" >/dev/null 2>&1; then
		echo "    $name did not stop in time; killing what is left of it"
		kill -KILL -- "-$pid" 2>/dev/null || true
	fi
	rm -f "$PIDS/$name.pid"
}

for name in "${STOP_ORDER[@]}"; do
	stop_group "$name"
done
rm -f "$STATE/infra.env"
echo "Stopped. Logs are in $LOGS."
