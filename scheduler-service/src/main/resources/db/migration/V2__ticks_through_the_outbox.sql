-- Ticks are published through the shared outbox (service-support): a tick's row and its event are written in one
-- transaction, and the relay publishes the event with its id kept on every resend.
create table outbox (
	id bigint generated always as identity primary key,
	event_id uuid not null,
	topic varchar(64) not null,
	aggregate_id varchar(200) not null,
	aggregate_version bigint not null,
	event_type varchar(64) not null,
	payload bytea not null,
	created_at timestamptz not null default clock_timestamp()
);

-- Wakes the relay when a transaction that wrote events commits.
create function outbox_notify() returns trigger language plpgsql as $$
begin
	perform pg_notify('harmony_outbox', '');
	return null;
end
$$;
create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();

-- The event that carries the tick: the relay's acknowledgement marks the tick sent by it.
alter table tick add column event_id uuid;
update tick set event_id = (convert_from(payload, 'UTF8')::jsonb ->> 'event_id')::uuid;
create unique index tick_event on tick (event_id);

-- Ticks recorded but not sent yet keep their bytes, so their event ids, in the outbox.
insert into outbox (event_id, topic, aggregate_id, aggregate_version, event_type, payload)
select event_id, 'TICKS', schedule_name, (convert_from(payload, 'UTF8')::jsonb ->> 'aggregate_version')::bigint,
	convert_from(payload, 'UTF8')::jsonb ->> 'type', payload
from tick where sent_at is null order by scheduled_at, created_at;

drop index tick_unsent;
alter table tick drop column payload;
