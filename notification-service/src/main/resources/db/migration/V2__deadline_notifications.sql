-- The tasks as their events last described them: what the deadline check needs, nothing more.
create table task_projection (
    task_id text primary key,
    project_id text not null,
    title text not null,
    status text not null,
    deadline date,
    -- the aggregate version of the last event applied: an event at or below it is a duplicate or stale
    version bigint not null,
    -- a deleted task stays as a tombstone, so that a late, older event cannot bring it back
    deleted boolean not null default false
);

create table task_projection_assignee (
    task_id text not null references task_projection (task_id) on delete cascade,
    user_id text not null,
    primary key (task_id, user_id)
);

-- the deadline check reads the open tasks due up to three days ahead, by deadline, and nothing else
create index task_projection_open_deadline_idx on task_projection (deadline)
    where deadline is not null and status <> 'done' and not deleted;

-- the last deadline tick handled per schedule: a tick at or before it is a duplicate or stale
create table deadline_check (
    schedule_name text primary key,
    scheduled_at timestamptz not null,
    checked_at timestamptz not null default now()
);

-- the deadline a deadline notification was about
alter table notification add column deadline date;

-- at most one deadline notification per (task, assignee, type, deadline), whoever inserts it
create unique index notification_deadline_once_idx on notification (task_id, user_id, type, deadline)
    where deadline is not null;
