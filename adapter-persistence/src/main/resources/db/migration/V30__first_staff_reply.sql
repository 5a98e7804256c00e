-- When the case team first wrote to a report's reporter, kept on the report so that the service
-- dashboard reads a month of response times from one table instead of searching every thread.
-- Set in the same transaction as the first staff message (JdbiMessageThreads); back-filled here
-- from the messages already stored. No index: the dashboard reads reports by received time, and a
-- new report's insert (which leaves it null) writes no more than before.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

alter table reports add column first_staff_reply_at timestamp with time zone;

update reports
   set first_staff_reply_at = (select min(m.sent_at) from messages m
                                where m.report_reference = reports.reference
                                  and m.side = 'STAFF')
 where exists (select 1 from messages m
                where m.report_reference = reports.reference and m.side = 'STAFF');
