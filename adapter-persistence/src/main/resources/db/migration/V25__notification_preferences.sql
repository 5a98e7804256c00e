-- Each staff member's notification preferences (issue 22): the hour of their daily digest, and
-- for each kind of email they chose, how it reaches them. A kind with no row goes at once, and a
-- member with no row here has never chosen: every email at once. Urgent escalations and the
-- security emails are never stored here: they always go at once.
create table notification_preferences (
    staff_id    varchar(36) primary key,
    digest_hour integer     not null,
    constraint notification_preferences_hour check (digest_hour between 0 and 23)
);

create table notification_choices (
    staff_id varchar(36) not null,
    kind     varchar(32) not null,
    delivery varchar(16) not null,
    constraint notification_choices_pk primary key (staff_id, kind),
    constraint notification_choices_member_fk foreign key (staff_id)
        references notification_preferences (staff_id) on delete cascade,
    constraint notification_choices_delivery_known
        check (delivery in ('AT_ONCE', 'DAILY_DIGEST', 'NONE'))
);

-- The digest job finds the members whose hour has come.
create index notification_preferences_hour on notification_preferences (digest_hour);
