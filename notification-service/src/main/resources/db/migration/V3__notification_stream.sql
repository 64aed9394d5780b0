-- Where each row stands in commit order, for the live stream (see docs/adr/0009): the transaction that wrote it,
-- and the oldest transaction still running when it was written. Ids come from a sequence and can commit out of
-- order; these two let a reader find every row committed after it last looked, whatever its id.
alter table notification
    add column txid bigint not null default txid_current(),
    add column stream_xmin bigint not null default txid_snapshot_xmin(txid_current_snapshot());

create index notification_user_txid_idx on notification (user_id, txid);

-- Tells every replica, at commit, whose notifications or unread count changed: one NOTIFY per user and statement
-- (PostgreSQL also folds identical ones of a transaction into one), whatever the number of rows.
create function notify_notification_users() returns trigger language plpgsql as $$
begin
    perform pg_notify('harmony_notification', u.user_id)
    from (select distinct user_id from changed where tg_op <> 'DELETE' or not is_read) u;
    return null;
end;
$$;

create trigger notification_inserted after insert on notification
    referencing new table as changed for each statement execute function notify_notification_users();

create trigger notification_updated after update on notification
    referencing new table as changed for each statement execute function notify_notification_users();

create trigger notification_deleted after delete on notification
    referencing old table as changed for each statement execute function notify_notification_users();
