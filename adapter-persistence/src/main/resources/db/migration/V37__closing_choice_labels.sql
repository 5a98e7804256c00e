-- Issue 24: the outcome and tag lists' labels in each language an administrator writes them in.
-- A label written before languages, or typed as one plain text since, stays in
-- closing_choices.label with no row here: it is the organisation's own in its first language,
-- whichever that is, as its name and its emergency contacts' plain texts are (settings format 3).
-- A label written in languages has one row here per language, in the order written, and
-- closing_choices.label holds the first of them. Runs unchanged on PostgreSQL 15 and on H2 2.x in
-- MODE=PostgreSQL; rows go with their entry.
create table closing_choice_labels (
    list_name  varchar(10)  not null,
    choice_key varchar(60)  not null,
    language   varchar(3)   not null,
    position   integer      not null,
    label      varchar(400) not null,
    constraint closing_choice_labels_pk primary key (list_name, choice_key, language),
    constraint closing_choice_labels_choice_fk foreign key (list_name, choice_key)
        references closing_choices (list_name, choice_key) on delete cascade
);
