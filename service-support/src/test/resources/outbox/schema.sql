-- The outbox as every service creates it in its migrations (statements separated by @@ for the script runner).
create table if not exists outbox (
	id bigint generated always as identity primary key,
	event_id uuid not null,
	topic varchar(64) not null,
	aggregate_id varchar(200) not null,
	aggregate_version bigint not null,
	event_type varchar(64) not null,
	payload bytea not null,
	created_at timestamptz not null default clock_timestamp()
)
@@
create or replace function outbox_notify() returns trigger language plpgsql as $$
begin
	perform pg_notify('harmony_outbox', '');
	return null;
end
$$
@@
create or replace trigger outbox_notify after insert on outbox for each statement execute function outbox_notify()
