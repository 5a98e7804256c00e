-- Trend counts kept ready for counting, and pattern keys for alerts.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- One row per combination of the coarse facts, with how many reports share it: a trend table is
-- then a GROUP BY over a few thousand rows, not over every report ever received. Like
-- trend_facts, nothing here leads back to a report, so rows are never deleted: purged and erased
-- reports still count.
-- incident_types: the option ids a report named, sorted, distinct, joined by ','; '' for none.
-- where_option, reporter_role: the option id, or '' when not answered (a key column cannot be null).
create table trend_cells (
    received_month varchar(7)    not null,
    incident_types varchar(2000) not null,
    where_option   varchar(64)   not null,
    reporter_role  varchar(64)   not null,
    anonymous      boolean       not null,
    reports        bigint        not null,
    constraint trend_cells_pk
        primary key (received_month, incident_types, where_option, reporter_role, anonymous),
    constraint trend_cells_month_form check (received_month like '____-__'),
    constraint trend_cells_reports_positive check (reports > 0)
);

-- The facts recorded before this table existed. Their incident types were joined in the order
-- given, so one combination may have two rows; counting adds them up.
insert into trend_cells
    (received_month, incident_types, where_option, reporter_role, anonymous, reports)
select received_month, incident_types, coalesce(where_option, ''), coalesce(reporter_role, ''),
       anonymous, count(*)
  from trend_facts
 group by received_month, incident_types, coalesce(where_option, ''), coalesce(reporter_role, ''),
          anonymous;

-- Which report names which person or place, by keyed digest (HMAC-SHA-256 under the server secret,
-- which is not in the database) of the normalised name: no list of names is stored. Rows go with
-- their report when it is erased or purged.
create table pattern_keys (
    kind             varchar(8)               not null,
    digest           varchar(64)              not null,
    report_reference varchar(10)              not null,
    received_at      timestamp with time zone not null,
    constraint pattern_keys_pk primary key (kind, digest, report_reference),
    constraint pattern_keys_kind_known check (kind in ('PERSON', 'PLACE'))
);

create index pattern_keys_report on pattern_keys (report_reference);
