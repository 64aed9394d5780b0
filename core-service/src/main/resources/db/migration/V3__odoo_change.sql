-- The last change made in Odoo (odoo-sync-service's odoo.record_changed) that was applied to each entity, by the
-- event's aggregate version. Written in the transaction that applies the change, so that a redelivered or older
-- change is dropped; kept apart from odoo_link, whose rows come from the link events alone.
create table odoo_change (
	entity_kind varchar(10) not null,
	entity_id bigint not null,
	change_version bigint not null,
	applied_at timestamptz not null default now(),
	primary key (entity_kind, entity_id)
);
