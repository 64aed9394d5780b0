-- the admin view lists everyone's notifications newest first (a type or read filter walks it too), and retention
-- finds the read notifications past an age through it
create index notification_created_idx on notification (created_at desc, id desc);
