create table notification (
    id bigserial primary key,
    user_id text not null,
    type text not null,
    title text not null,
    message text not null,
    task_id text,
    project_id text,
    is_read boolean not null default false,
    created_at timestamptz not null default now(),
    read_at timestamptz,
    -- the event (and recipient) a notification came from: a redelivered event creates nothing
    dedup_key text not null unique
);

create index notification_user_created_idx on notification (user_id, created_at desc, id desc);

create index notification_user_unread_idx on notification (user_id) where not is_read;
