-- The leadership lease: one row per lease. The fencing token grows on every acquisition, so a replica that lost
-- the lease (and whose token is therefore no longer the row's) can no longer record anything fenced by it.
create table lease (
    name          text primary key,
    holder        text,
    fencing_token bigint      not null,
    expires_at    timestamptz not null
);

-- The last regular slot claimed per schedule: a slot is emitted only if it is later than this one.
create table schedule (
    name      text primary key,
    last_slot timestamptz
);

-- The ticks, recorded in the same statement that claims their slot and sent afterwards (an outbox): a tick whose
-- send did not complete is sent again with the same bytes, so with the same tick id and event id.
create table tick (
    tick_id       uuid primary key,
    schedule_name text        not null,
    scheduled_at  timestamptz not null,
    manual        boolean     not null,
    fencing_token bigint,
    payload       bytea       not null,
    created_at    timestamptz not null default clock_timestamp(),
    sent_at       timestamptz
);

-- At most one regular tick per slot, whatever happens above.
create unique index tick_slot on tick (schedule_name, scheduled_at) where not manual;

create index tick_unsent on tick (scheduled_at) where sent_at is null;

create index tick_sent_at on tick (sent_at) where sent_at is not null;
