-- The sync state of every user, project and task seen on Kafka: the latest event (its full state, as the one serde
-- writes it) and how far Odoo has it. Intake only ever replaces a row's event by one of a higher version, so
-- nothing is lost while Odoo is slow, down or not configured; the batcher drains what is pending.
create table sync_entity (
	kind text not null check (kind in ('user', 'project', 'task')),
	entity_id text not null,
	version bigint not null,
	event jsonb not null,
	-- a deleted task: archived (or unlinked) in Odoo, or nothing to do if Odoo never had it
	deleted boolean not null default false,
	-- the entity this one references in Odoo and waits for: a project's owner (a user), a task's project
	depends_on text,
	-- grows with every change Odoo must get (a new version, a resync); a claim only completes as synced if it
	-- is still the generation it claimed, so that a change arriving meanwhile is written too
	generation bigint not null default 1,
	status text not null default 'pending' check (status in ('pending', 'synced', 'failed', 'parked')),
	odoo_id bigint,
	-- the version last written to Odoo
	synced_version bigint,
	synced_at timestamptz,
	attempts integer not null default 0,
	next_attempt_at timestamptz,
	last_error text,
	-- what did not make it to Odoo as it is here (assignees who are not Odoo users), a JSON array of sentences
	warnings jsonb not null default '[]',
	-- when the oldest change not yet in Odoo happened; null once Odoo has the latest one
	pending_since timestamptz,
	-- the instance working on the row, until the claim expires (a killed instance's claims lapse on their own)
	claimed_by text,
	claim_token uuid,
	claim_expires_at timestamptz,
	updated_at timestamptz not null default now(),
	primary key (kind, entity_id)
);

create index sync_entity_due_idx on sync_entity (kind, pending_since) where status in ('pending', 'failed');
create index sync_entity_status_idx on sync_entity (status, kind);
create index sync_entity_claim_idx on sync_entity (claim_token) where claim_token is not null;

-- The Odoo link of each entity, published on the odoo-links topic; its version grows with every sync, and a link
-- whose version was not acknowledged by the broker yet is sent again.
create table odoo_link (
	kind text not null,
	entity_id text not null,
	odoo_model text not null,
	odoo_id bigint not null,
	synced_version bigint not null,
	warnings jsonb not null default '[]',
	link_version bigint not null,
	sent_version bigint not null default 0,
	primary key (kind, entity_id)
);

create index odoo_link_unsent_idx on odoo_link (kind, entity_id) where sent_version < link_version;

-- The last sweep tick handled per schedule: a redelivered or older tick is skipped.
create table sweep_tick (
	schedule_name text primary key,
	last_scheduled_at timestamptz not null
);
