-- The inbox's states (see docs/adr/0017). A notification is visible in the inbox while it is neither archived nor
-- snoozed; the snooze job brings a snoozed one back when its time comes, so no query compares with now().
alter table notification
    add column seen_at timestamptz,
    add column archived_at timestamptz,
    add column snoozed_until timestamptz,
    -- what the title and message are made of, rendered in the reader's language; rows from before keep their text
    add column params jsonb,
    -- the transaction that last changed the row's state (seen, read, archived, snoozed): the live stream reads the
    -- rows changed since it last looked by this, as it reads the new ones by txid
    add column state_txid bigint;

alter table notification
    alter column title drop not null,
    alter column message drop not null;

-- what was read before is seen
update notification set seen_at = coalesce(read_at, created_at) where is_read;

-- the counts call: an index-only scan of the user's visible notifications
create index notification_user_visible_idx on notification (user_id) include (is_read, seen_at)
    where archived_at is null and snoozed_until is null;

create index notification_user_state_txid_idx on notification (user_id, state_txid) where state_txid is not null;

create index notification_snoozed_idx on notification (snoozed_until) where snoozed_until is not null;

-- Each user's choices. A user without a row has the defaults: nothing muted, no digest, the token's or the
-- configured language.
create table notification_preference (
    user_id         text primary key,
    muted_types     text[]      not null default '{}',
    deadline_digest boolean     not null default false,
    language        text,
    updated_at      timestamptz not null default now()
);

-- the days whose deadline digest was sent: a replica that finds its day here does not build it again
create table deadline_digest_run (
    day     date primary key,
    sent_at timestamptz not null default now(),
    created bigint      not null
);

-- the language of the stream a ticket opens, as the token that asked for it or the user's preference gave it
alter table stream_ticket add column language text not null default 'en';
