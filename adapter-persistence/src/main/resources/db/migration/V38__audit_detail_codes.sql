-- Issue 24: each audit event's note, coded, so that a reader sees it in their own language. The
-- English detail stays as it was, and the hash chain still covers it alone; detail_code and
-- detail_arguments hold the same note as a code (AuditDetailCode) and its arguments, encoded as
-- AuditDetail describes: each argument as kind:value, joined by |, for example
-- "n:3|n:15" or "t:3f2a...|role*:ADMIN,ADVISER". Verification refuses an event whose coded note
-- does not make exactly its English detail.
--
-- Events recorded before this migration, and events with no note, keep both null: they are shown
-- as recorded, in English.

alter table audit_events add column detail_code varchar(40);
alter table audit_events add column detail_arguments varchar(1000);
