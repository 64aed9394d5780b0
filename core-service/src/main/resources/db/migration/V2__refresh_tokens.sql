-- Refresh tokens, kept only as their SHA-256: a stolen table opens nothing. Each login starts a family; each refresh
-- uses one token and adds the next to its family. A token used twice means it was copied: the whole family is
-- revoked, the thief's and the user's sessions alike.
create table refresh_token (
    token_hash  text primary key,
    family_id   uuid        not null,
    user_id     bigint      not null references app_user (id) on delete cascade,
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);

create index refresh_token_family on refresh_token (family_id);
create index refresh_token_user_expiry on refresh_token (user_id, expires_at);
