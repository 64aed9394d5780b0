#!/usr/bin/env bash
# Drift report between core-service and Odoo: asks core-service for an administrator's token, calls
# odoo-sync-service's GET /api/sync/drift with it, and prints what differs.
#
#   HARMONY_CORE_URL        core-service (default http://localhost:8081)
#   HARMONY_SYNC_URL        odoo-sync-service (default http://localhost:8082)
#   HARMONY_ADMIN_USERNAME  an administrator's username (asked if unset)
#   HARMONY_ADMIN_PASSWORD  their password (asked if unset, without echo)
#
# Exit status: 0 in step; 1 drift; 3 only changes still on their way to Odoo (run again later);
# 2 the report could not be made. Needs curl and jq.
set -euo pipefail

CORE_URL=${HARMONY_CORE_URL:-http://localhost:8081}
SYNC_URL=${HARMONY_SYNC_URL:-http://localhost:8082}

die() {
	printf 'error: %s\n' "$*" >&2
	exit 2
}

for tool in curl jq; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done

username=${HARMONY_ADMIN_USERNAME:-}
password=${HARMONY_ADMIN_PASSWORD:-}
if [ -z "$username" ]; then
	read -r -p 'Administrator username: ' username
fi
if [ -z "$password" ]; then
	read -r -s -p "Password of $username: " password
	echo
fi

# The credentials go through the environment and stdin, never on a command line others can list.
token=$(HARMONY_U=$username HARMONY_P=$password jq -n '{username: env.HARMONY_U, password: env.HARMONY_P}' |
	curl -sS --fail-with-body -X POST "$CORE_URL/api/auth/token" -H 'Content-Type: application/json' --data-binary @- |
	jq -r '.access_token // empty') || die "core-service at $CORE_URL refused the credentials or could not be reached"
[ -n "$token" ] || die "core-service at $CORE_URL answered no token"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
status=$(curl -sS -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" "$SYNC_URL/api/sync/drift") ||
	die "odoo-sync-service at $SYNC_URL could not be reached"
if [ "$status" != 200 ]; then
	die "odoo-sync-service answered $status: $(jq -r '.detail // .title // "no detail"' "$body" 2>/dev/null || cat "$body")"
fi

jq -r '
	def sync: " (sync: \(.sync_status // "never seen")\(if .pending then ", on its way" else "" end))";
	def value: if . == null then "none" else tojson end;
	"Checked: " + ([.checked | to_entries[] | "\(.key)s \(.value.core) in core-service, \(.value.odoo) in Odoo"] | join("; ")),
	if .in_step then "In step: Odoo holds what core-service has." else
		"Not in step: \(.drift) drift, \(.lagging) still on their way.",
		(if (.missing_in_odoo | length) > 0 then "Missing in Odoo:", (.missing_in_odoo[] | "  \(.kind) \(.id)" + sync) else empty end),
		(if (.not_in_core | length) > 0 then "In Odoo, not in core-service:", (.not_in_core[] | "  \(.kind) \(.id), Odoo id \(.odoo_id)" + sync) else empty end),
		(if (.differences | length) > 0 then "Differences:", (.differences[] | "  \(.kind) \(.id) \(.field): core-service \(.core | value), Odoo \(.odoo | value)" + sync) else empty end)
	end' "$body"

if jq -e '.in_step' "$body" >/dev/null; then
	exit 0
elif jq -e '.drift == 0' "$body" >/dev/null; then
	exit 3
fi
exit 1
