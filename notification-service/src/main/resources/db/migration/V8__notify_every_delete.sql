-- A deleted read notification changes the inbox's total too: every deletion now wakes its user's streams, which
-- send the new counts (see docs/adr/0017). Retention's deletions wake only the users who have a stream open.
create or replace function notify_notification_users() returns trigger language plpgsql as $$
begin
    perform pg_notify('harmony_notification', u.user_id) from (select distinct user_id from changed) u;
    return null;
end;
$$;
