-- Staff accounts, server-side sessions, the audit trail, the organisation's settings and the
-- questionnaire versions. None of it is reporter content, so nothing here is encrypted: staff
-- names and addresses are staff data, sessions hold only token digests, and audit details are
-- non-personal by design.

create table staff (
    id            varchar(36)  primary key,
    -- Stored lower-case by EmailAddress, so this index makes addresses unique whatever their case.
    email         varchar(254) not null,
    display_name  varchar(500) not null,
    -- Role names joined by commas, in declaration order, e.g. ADVISER,SAFEGUARDING_LEAD.
    roles         varchar(200) not null,
    password_hash varchar(512) not null,
    active        boolean      not null,
    constraint staff_email_unique unique (email)
);

create table sessions (
    digest           varchar(64) primary key,
    subject_kind     varchar(16) not null,
    report_reference varchar(10),
    staff_id         varchar(36),
    created_at       timestamp with time zone not null,
    last_seen_at     timestamp with time zone not null,
    constraint sessions_subject check (
        (subject_kind = 'REPORTER' and report_reference is not null and staff_id is null)
        or (subject_kind = 'STAFF' and staff_id is not null and report_reference is null)),
    constraint sessions_seen_after_created check (last_seen_at >= created_at)
);

create index sessions_report_reference on sessions (report_reference);
create index sessions_staff_id on sessions (staff_id);
create index sessions_created_at on sessions (created_at);
create index sessions_last_seen_at on sessions (last_seen_at);

create table audit_events (
    id          varchar(36)  primary key,
    -- Keeps events of the same instant in the order they were appended.
    seq         bigint generated always as identity,
    at          timestamp with time zone not null,
    actor_kind  varchar(16)  not null,
    actor_staff varchar(36),
    action      varchar(40)  not null,
    subject     varchar(10),
    detail      varchar(500) not null,
    constraint audit_events_actor check (
        (actor_kind = 'STAFF' and actor_staff is not null)
        or (actor_kind in ('REPORTER', 'SYSTEM') and actor_staff is null))
);

create index audit_events_at on audit_events (at, seq);
create index audit_events_subject_at on audit_events (subject, at, seq);

create table settings (
    id       integer primary key,
    settings text    not null,
    constraint settings_single_row check (id = 1)
);

create table questionnaires (
    version    integer primary key,
    definition text    not null,
    constraint questionnaires_version_positive check (version >= 1)
);
