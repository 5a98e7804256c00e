-- Optimistic concurrency for reports: each stored report carries a version, and an update names
-- the version it was read as and moves it on by one. Of two advisers changing one case at once,
-- the second finds the version moved and is told, instead of silently overwriting the first.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

alter table reports add column version bigint default 0 not null;
