-- The projects' names, kept from their events, so that messages name a project instead of showing its id. The
-- assignment messages and the deadline check (a join) read it; a task event can come before its project's first
-- event, and its message then shows the id.
create table project_name (
    project_id text primary key,
    name       text   not null,
    -- the aggregate version of the last event applied: an older event changes nothing
    version    bigint not null
);
