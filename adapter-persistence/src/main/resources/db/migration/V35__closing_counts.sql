-- Trends by outcome (issue 23): how many cases were closed in each month with each outcome. An
-- outcome is known only at closing, long after a report's trend facts are counted (at submission,
-- in trend_cells), so closings have a count of their own, written in the transaction that closes a
-- case and taken back in the one that reopens it. Like trend_cells it is coarse and in the clear,
-- with no column that leads back to a report, so it survives erasure and purge. The outcome key is
-- '' for a case closed while the list offered no outcome. Closings are rare beside submissions, so
-- a count is one row, not spread over shards.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

create table closing_counts (
    closed_month varchar(7)  not null,
    outcome_key  varchar(60) not null,
    cases        bigint      not null,
    constraint closing_counts_pk primary key (closed_month, outcome_key),
    constraint closing_counts_not_negative check (cases >= 0)
);

-- The cases closed before this migration, by the month of their closing as the database's time
-- zone gives it (Confide's own count uses the organisation's zone; the two differ only for a case
-- closed within hours of a month's end).
insert into closing_counts (closed_month, outcome_key, cases)
select to_char(r.closed_at, 'YYYY-MM'), coalesce(o.outcome_key, ''), count(*)
  from reports r
  left join case_outcomes o on o.report_reference = r.reference
 where r.status = 'CLOSED'
 group by to_char(r.closed_at, 'YYYY-MM'), coalesce(o.outcome_key, '');
