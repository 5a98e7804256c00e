-- Teams, their members, the routing of new reports to them, and which team each case belongs to.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- name_key is the name in lower case: team names are unique regardless of letter case.
create table teams (
    id       varchar(36) not null,
    name     varchar(80) not null,
    name_key varchar(80) not null,
    constraint teams_pk primary key (id),
    constraint teams_name_unique unique (name_key)
);

create table team_members (
    team_id  varchar(36) not null,
    staff_id varchar(36) not null,
    constraint team_members_pk primary key (team_id, staff_id),
    constraint team_members_team_fk foreign key (team_id) references teams (id)
);

-- The teams a staff member belongs to, for the case lists' need to know.
create index team_members_staff on team_members (staff_id, team_id);

-- The rules in the order they are tried; the default team is the one row of routing_default.
create table routing_rules (
    position    integer     not null,
    question_id varchar(64) not null,
    option_id   varchar(64) not null,
    team_id     varchar(36) not null,
    constraint routing_rules_pk primary key (position),
    constraint routing_rules_team_fk foreign key (team_id) references teams (id)
);

create table routing_default (
    only_row boolean     not null,
    team_id  varchar(36) not null,
    constraint routing_default_pk primary key (only_row),
    constraint routing_default_one_row check (only_row),
    constraint routing_default_team_fk foreign key (team_id) references teams (id)
);

-- Owned by its report, as every row about a report is (migration 11): removed with it.
create table case_teams (
    report_reference varchar(10) not null,
    team_id          varchar(36) not null,
    constraint case_teams_pk primary key (report_reference),
    constraint case_teams_team_fk foreign key (team_id) references teams (id),
    constraint case_teams_report_fk foreign key (report_reference) references reports (reference)
        on delete cascade
);

-- A team's cases, for the team filter of the case lists.
create index case_teams_team on case_teams (team_id, report_reference);
