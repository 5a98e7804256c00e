-- Scheduled jobs on several nodes, and the deadlines those jobs notice.

-- One row per scheduled job: the node holding it and until when. A node runs a job only while it
-- holds the lease; a dead node's lease runs out and another takes it over. Plain rows rather than
-- PostgreSQL advisory locks, so that H2 and PostgreSQL behave alike and a lease outlives the
-- connection that took it (connections come and go in the pool).
create table job_leases (
    job         varchar(64)              primary key,
    -- A random id each node draws at start ('' once released); never a host name or address.
    holder      varchar(100)             not null,
    expires_at  timestamp with time zone not null,
    -- When the job last finished, on whichever node: the schedule is shared, not per node.
    last_run_at timestamp with time zone
);

-- Missed deadlines, each noticed once: a response overdue, an escalation not acknowledged in time.
-- Times and ids only; nothing a reporter wrote.
create table deadline_marks (
    kind             varchar(32)              not null,
    -- The report reference, or the escalation id.
    subject          varchar(36)              not null,
    report_reference varchar(10)              not null,
    due_by           timestamp with time zone not null,
    marked_at        timestamp with time zone not null,
    constraint deadline_marks_pk primary key (kind, subject, due_by),
    constraint deadline_marks_kind_known
        check (kind in ('RESPONSE_OVERDUE', 'ESCALATION_UNACKNOWLEDGED'))
);

create index deadline_marks_by_report on deadline_marks (report_reference, due_by);
