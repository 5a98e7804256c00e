-- Outcomes and tags: the administrator's two lists for closing cases, and what each closed case was
-- given. Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- A list is stored once an administrator saves it (until then Confide uses its default); a row in
-- closing_lists says it was saved, so that a list saved empty stays empty.
create table closing_lists (
    list_name varchar(10) not null,
    constraint closing_lists_pk primary key (list_name)
);

-- The entries, offered ones in position order; a retired entry was taken off the list while a case
-- used it, and stays so that the case keeps it.
create table closing_choices (
    list_name  varchar(10)  not null,
    choice_key varchar(60)  not null,
    label      varchar(400) not null,
    position   integer      not null,
    retired    boolean      not null,
    constraint closing_choices_pk primary key (list_name, choice_key),
    constraint closing_choices_list_fk foreign key (list_name) references closing_lists (list_name)
        on delete cascade
);

-- Owned by its report, as every row about a report is (migration 11): removed with it. Keys are
-- kept as written, not tied to closing_choices, since an entry's key outlives its label.
create table case_outcomes (
    report_reference varchar(10) not null,
    outcome_key      varchar(60),
    constraint case_outcomes_pk primary key (report_reference),
    constraint case_outcomes_report_fk foreign key (report_reference) references reports (reference)
        on delete cascade
);

-- Case search by outcome reads this index, then each case's row by its primary key.
create index case_outcomes_outcome on case_outcomes (outcome_key, report_reference);

create table case_tags (
    report_reference varchar(10) not null,
    tag_key          varchar(60) not null,
    position         integer     not null,
    constraint case_tags_pk primary key (report_reference, tag_key),
    constraint case_tags_report_fk foreign key (report_reference) references reports (reference)
        on delete cascade
);

-- Case search by tag.
create index case_tags_tag on case_tags (tag_key, report_reference);
