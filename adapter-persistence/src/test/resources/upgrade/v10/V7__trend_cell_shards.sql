-- Each trend cell may be kept as up to sixteen rows (shards) whose counts add up, so that
-- concurrent submissions alike in every fact update different rows. With one row per cell, every
-- submission of the same month, types, place, role and anonymity waited for the previous one's
-- commit (its row lock), which capped submissions at about one per disk flush. Counting sums the
-- shards like any other rows of a group. Rows already there become shard 0.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

alter table trend_cells add column shard smallint default 0 not null;
alter table trend_cells drop constraint trend_cells_pk;
alter table trend_cells add constraint trend_cells_pk
    primary key (received_month, incident_types, where_option, reporter_role, anonymous, shard);
