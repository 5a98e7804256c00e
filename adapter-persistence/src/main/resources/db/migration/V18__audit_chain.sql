-- The audit trail's hash chain (issue 21). Each event appended from now on carries its place in one
-- chain and the SHA-256 hash that seals it with every event before it (AuditChain); the head row
-- holds the last link. Appends lock the head row, so appends from several nodes form one chain.
--
-- Events recorded before this migration keep no link: the chain starts with the first event after
-- it (position 1), and verification covers the chained events. They are still listed and read.
--
-- On PostgreSQL, run Confide as a role that may insert into audit_events but not update or delete
-- its rows (the README's grant): the database then refuses a rewrite even from Confide itself.

alter table audit_events add column chain_position bigint;
alter table audit_events add column chain_hash varchar(64);

create unique index audit_events_chain_position on audit_events (chain_position);

create table audit_chain_head (
    id       integer     primary key,
    position bigint      not null,
    hash     varchar(64) not null,
    constraint audit_chain_head_single_row check (id = 1)
);
