-- A report's access-code digest moves onto its row, so that a submission writes the report and its
-- code in one insert: one table and one unique key fewer on the way in. The unique index lets many
-- reports have no code (NULL) on both databases, and the code still opens at most one report.
alter table reports add column access_code_digest varchar(64);

update reports
   set access_code_digest = (select digest from access_codes
                              where access_codes.report_reference = reports.reference);

create unique index reports_access_code_digest on reports (access_code_digest);

drop table access_codes;
