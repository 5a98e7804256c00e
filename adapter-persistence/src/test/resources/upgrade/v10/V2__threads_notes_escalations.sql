-- Message threads, internal notes and escalations.
-- Bodies, notes, rationales and reasons are stored only as FieldCipher output (bytea); ids,
-- sides, kinds, times and the names of outside bodies stay clear.
-- No foreign key to reports: a thread, note or escalation is kept by its report reference alone.

-- One row per report that has a thread, so that a thread with no message yet still exists, and
-- so that saving a thread can lock it.
create table message_threads (
    report_reference varchar(10) primary key
);

create table messages (
    id               varchar(36) primary key,
    report_reference varchar(10) not null
        references message_threads (report_reference) on delete cascade,
    -- Place in the thread as last saved: messages sent in the same instant keep their order.
    position         integer not null,
    side             varchar(16) not null,
    -- The staff member who wrote it; always null for the reporter, who has no identity here.
    author           varchar(36),
    body             bytea not null,
    sent_at          timestamp with time zone not null,
    read_at          timestamp with time zone,
    constraint messages_side check (side in ('REPORTER', 'STAFF'))
);

create index messages_by_thread on messages (report_reference, sent_at, position);

create table internal_notes (
    id               varchar(36) primary key,
    -- Breaks ties between notes written in the same instant in the order they were added.
    seq              bigint generated always as identity,
    report_reference varchar(10) not null,
    author           varchar(36) not null,
    body             bytea not null,
    written_at       timestamp with time zone not null
);

create index internal_notes_by_case on internal_notes (report_reference, written_at, seq);

create table escalations (
    id               varchar(36) primary key,
    report_reference varchar(10) not null,
    status           varchar(16) not null,
    raised_at        timestamp with time zone not null,
    constraint escalations_status
        check (status in ('RAISED', 'ACKNOWLEDGED', 'REFERRED', 'STOOD_DOWN'))
);

create index escalations_by_report on escalations (report_reference, raised_at);
create index escalations_by_status on escalations (status, raised_at);

-- The history of an escalation, one row per step, the raising at position 0.
create table escalation_steps (
    escalation_id varchar(36) not null references escalations (id) on delete cascade,
    position      integer not null,
    kind          varchar(24) not null,
    taken_at      timestamp with time zone not null,
    -- Who took the step; null only for a raising by the risk policy.
    staff         varchar(36),
    -- A police force or social services department: the name of an organisation, not personal.
    referral_body varchar(200),
    -- The written rationale of a decision, or the reason given for raising by hand.
    rationale     bytea,
    -- The risk policy's reasons for an automatic raising, one per line.
    reasons       bytea,
    primary key (escalation_id, position),
    constraint escalation_steps_kind check (kind in (
        'RAISED_AUTOMATICALLY', 'RAISED_BY_HAND', 'ACKNOWLEDGED', 'REFERRED', 'STOOD_DOWN'))
);
