-- Trends are counted from trend_cells alone. trend_facts kept one row per report received, with the
-- same five coarse facts that trend_cells counts: V4 copied every row into trend_cells, and every
-- report since was recorded in both, so the counts lose nothing here. Nothing read the table, and a
-- row per report, numbered in the order reports arrived, could be lined up against other records of
-- when a report came in, long after the report itself was erased or purged; counts cannot. It also
-- cost every submission an insert into two B-trees.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

drop table trend_facts;
