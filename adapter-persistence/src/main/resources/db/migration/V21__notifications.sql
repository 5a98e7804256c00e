-- The outbox of emails to staff (issue 22). A notification is written in the same transaction as
-- the event that causes it, and sent afterwards by the notification job (on one node at a time).
-- It holds what the email may say — its kind, a case reference and a due date — and the state of
-- its delivery; never anything a reporter wrote. Sent and given-up rows are kept for the counts on
-- the administrators' page.
create table notifications (
    id               varchar(36)              primary key,
    kind             varchar(32)              not null,
    -- A staff member's address: nothing is ever sent to a reporter.
    recipient        varchar(254)             not null,
    report_reference varchar(10),
    due_date         date,
    created_at       timestamp with time zone not null,
    status           varchar(16)              not null,
    attempts         integer                  not null,
    next_attempt_at  timestamp with time zone not null,
    settled_at       timestamp with time zone,
    constraint notifications_status_known check (status in ('WAITING', 'SENT', 'GIVEN_UP')),
    constraint notifications_attempts_not_negative check (attempts >= 0)
);

-- The sending job reads the waiting ones, longest due first.
create index notifications_due on notifications (status, next_attempt_at);

-- A case due by the end of tomorrow is noticed once, like a miss, so its assignee is told once.
alter table deadline_marks drop constraint deadline_marks_kind_known;
alter table deadline_marks add constraint deadline_marks_kind_known
    check (kind in ('RESPONSE_OVERDUE', 'ESCALATION_UNACKNOWLEDGED', 'RESPONSE_DUE_TOMORROW'));
