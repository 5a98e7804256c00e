-- Conflicts of interest: the advisers kept away from a case, by a safeguarding lead or by their own
-- declaration. The reason is an internal note (sealed like every note), never kept here.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- Owned by its report, as every row about a report is (migration 11): removed with it. The primary
-- key, report first, is the index the case lists' "not excluded" test and the access check use.
create table case_exclusions (
    report_reference varchar(10)              not null,
    staff_id         varchar(36)              not null,
    excluded_by      varchar(36)              not null,
    excluded_at      timestamp with time zone not null,
    constraint case_exclusions_pk primary key (report_reference, staff_id),
    constraint case_exclusions_report_fk foreign key (report_reference) references reports (reference)
        on delete cascade
);
