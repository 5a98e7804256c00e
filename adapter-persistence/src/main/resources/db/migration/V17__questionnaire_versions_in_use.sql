-- Questionnaire versions added over HTTP wait, not in use, until an administrator puts one in use;
-- until now the highest version was the one in use. A version that stops an option raising a
-- safeguarding signal needs a safeguarding lead's confirmation first.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- When a version was added; null for the shipped default and the versions loaded before this.
alter table questionnaires add column created_at timestamp with time zone;

-- When a safeguarding lead confirmed the signals the version drops; null until one does.
alter table questionnaires add column signals_confirmed_at timestamp with time zone;

-- Whether the version was ever in use: only such a version may be answered, so a version still
-- being prepared, or waiting for a lead, never receives a report. Every version stored before
-- this was in use once, as each was the highest when it was loaded.
alter table questionnaires add column used boolean default true not null;
alter table questionnaires alter column used set default false;

-- The one version in use: one row, whose key can hold only 'x'.
create table questionnaire_in_use (
    only_row char(1) primary key,
    version  integer not null references questionnaires (version),
    constraint questionnaire_in_use_one_row check (only_row = 'x')
);

-- A deployment that loaded its own versions keeps answering the highest, as before.
insert into questionnaire_in_use (only_row, version)
select 'x', max(version) from questionnaires having max(version) is not null;

-- The draft of the next version an administrator edits page by page: one row at most, in the
-- JSON form of the versions, its version the one it was copied from. Not reporter content.
create table questionnaire_draft (
    only_row   char(1) primary key,
    definition text    not null,
    constraint questionnaire_draft_one_row check (only_row = 'x')
);
