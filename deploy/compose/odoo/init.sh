#!/bin/bash
# Prepares the Odoo of docker-compose.yml, then exits: creates the database with the Project app on the first run,
# and (every run) the user odoo-sync-service logs in as, with only the rights it needs.
set -euo pipefail

db_args=(--db_host="$HOST" --db_port="$PORT" --db_user="$USER" --db_password="$PASSWORD")
export PGHOST=$HOST PGPORT=$PORT PGUSER=$USER PGPASSWORD=$PASSWORD

if psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$ODOO_DB'" | grep -q 1; then
	echo "Odoo database $ODOO_DB exists"
else
	echo "Creating the Odoo database $ODOO_DB with the Project app"
	odoo "${db_args[@]}" --database="$ODOO_DB" --init=project --without-demo=all --stop-after-init --no-http
fi

echo "Creating or updating the Odoo user $ODOO_API_LOGIN"
odoo shell "${db_args[@]}" --database="$ODOO_DB" --no-http </harmony/create-api-user.py
