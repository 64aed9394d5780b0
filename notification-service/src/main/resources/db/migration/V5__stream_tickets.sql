-- Stream tickets: what a browser's EventSource, which cannot send an Authorization header, puts in the stream's URL.
-- Kept as their SHA-256, single use, short-lived; each carries the user and until when the token that asked for it
-- authorised the stream. Any replica redeems a ticket any replica issued.
create table stream_ticket (
    ticket_hash      text primary key,
    user_id          varchar(200) not null,
    username         varchar(200) not null,
    expires_at       timestamptz  not null,
    authorized_until timestamptz  not null,
    used_at          timestamptz
);

create index stream_ticket_expiry on stream_ticket (expires_at);
