-- Subject access: which named reports give which email address, known only by a keyed digest
-- (HMAC-SHA-256 under the server secret) of the address trimmed and in lower case, so that a
-- person's reports are found by an index instead of by opening every report's sealed contact
-- details. A row with no digest records a named report that gives no email address.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- Owned by its report, as every row about a report is (migration 11): removed with it. Reports
-- named before this migration have no row; the subject access export keys them once, the first
-- time it runs, and never again.
create table reporter_keys (
    report_reference varchar(10) not null,
    digest           varchar(64),
    constraint reporter_keys_pk primary key (report_reference),
    constraint reporter_keys_report_fk foreign key (report_reference) references reports (reference)
        on delete cascade
);

create index reporter_keys_digest on reporter_keys (digest);
