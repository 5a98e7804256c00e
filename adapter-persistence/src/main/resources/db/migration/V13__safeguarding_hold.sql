-- A safeguarding hold. A reporter who erases a report on which a safeguarding escalation is still
-- undecided, or was referred to an outside body, has their access ended at once, but the report
-- is kept for the safeguarding leads: erasure_requested_at records when the reporter asked. It is
-- null for every other report. The report is erased once its escalations are stood down, or
-- purged once the referral retention has passed.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

alter table reports add column erasure_requested_at timestamp with time zone;

-- The retention job finds the held reports at each run.
create index reports_erasure_requested_at on reports (erasure_requested_at);
