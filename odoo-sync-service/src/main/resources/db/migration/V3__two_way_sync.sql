-- Two-way sync (ADR 0016).

-- What Odoo and the platform last agreed on, per column of the record's load, in the comparable form the mapping
-- gives (mapping.OdooRow values): a push sends only the columns where the platform no longer agrees with it, and
-- the poller sees a change made in Odoo where Odoo's value differs from it. Besides the columns: awaiting:<column>,
-- a value found in Odoo and handed to core-service, which a push does not overwrite until awaiting_until;
-- unmapped:<column>, an Odoo value already reported as one the platform cannot take; odoo_only_user_ids. Null
-- until the first push after this migration, which then sends every column, as before.
alter table sync_entity add column odoo_base jsonb;

-- A push found the entity's record changed in Odoo since the last poll: the entity is not pushed while its version
-- is at most held_to_version, until the poll has read the record and decided by the conflict rule (or, should no
-- poll come, until held_until).
alter table sync_entity add column held_to_version bigint;
alter table sync_entity add column held_until timestamptz;

-- One row per Odoo model polled for changes: the cursor (the latest write_date a complete poll read, and the id of
-- the last record the current or last poll recorded: polls page by id), the lease that keeps the poll to one
-- instance at a time, and when polls started and completed.
create table odoo_pull (
	model text primary key,
	cursor_write_date timestamp,
	cursor_id bigint not null default 0,
	lease_owner text,
	lease_until timestamptz,
	last_started_at timestamptz,
	last_completed_at timestamptz,
	-- a webhook asked for a poll now
	requested_at timestamptz
);

insert into odoo_pull (model) values ('res.partner'), ('project.project'), ('project.task');

-- What the poller found changed in Odoo, for operators: the fields handed to core-service, the conflicts (a field
-- changed on both sides, with the value that lost) and the values that could not be mapped.
create table odoo_change (
	id bigint generated always as identity primary key,
	kind text not null,
	entity_id text not null,
	odoo_model text not null,
	odoo_id bigint not null,
	odoo_write_date timestamptz not null,
	detected_at timestamptz not null default now(),
	changes jsonb not null default '[]',
	conflicts jsonb not null default '[]',
	warnings jsonb not null default '[]'
);

create index odoo_change_detected_idx on odoo_change (detected_at desc);
create index odoo_change_entity_idx on odoo_change (kind, entity_id, detected_at desc);
