#!/bin/sh
# Runs once, when the PostgreSQL container starts on an empty data directory: one database per service, owned by
# a role of its own that can do nothing outside it. Each service's migrations run as that role at start-up.
set -eu

create() {
	role=$1
	password=$2
	psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
		-v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
}

create harmony_core "$HARMONY_CORE_DB_PASSWORD"
create harmony_odoo_sync "$HARMONY_ODOO_SYNC_DB_PASSWORD"
create harmony_notification "$HARMONY_NOTIFICATION_DB_PASSWORD"
create harmony_scheduler "$HARMONY_SCHEDULER_DB_PASSWORD"
