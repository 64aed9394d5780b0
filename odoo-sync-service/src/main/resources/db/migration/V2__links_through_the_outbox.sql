-- Links are published through the shared outbox (service-support): a link's row and its event are written in the
-- transaction that records the sync, and the relay publishes the event with its id kept on every resend.
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

-- Links the broker had not acknowledged yet go to the outbox, as odoo.link_established v1 events (docs/events.md).
insert into outbox (event_id, topic, aggregate_id, aggregate_version, event_type, payload)
select e.event_id, 'ODOO_LINKS', l.kind || ':' || l.entity_id, l.link_version, 'odoo.link_established',
	convert_to(jsonb_build_object(
		'event_id', e.event_id,
		'type', 'odoo.link_established',
		'schema_version', 1,
		'occurred_at', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
		'aggregate_id', l.kind || ':' || l.entity_id,
		'aggregate_version', l.link_version,
		'data', jsonb_build_object('entity_kind', l.kind, 'entity_id', l.entity_id, 'odoo_model', l.odoo_model,
			'odoo_id', l.odoo_id, 'synced_version', l.synced_version, 'warnings', l.warnings))::text, 'UTF8')
from odoo_link l cross join lateral (select gen_random_uuid() as event_id) e
where l.sent_version < l.link_version
order by l.kind, l.entity_id;

drop index odoo_link_unsent_idx;
alter table odoo_link drop column sent_version;
