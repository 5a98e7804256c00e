-- A report an adviser entered for someone who told them in person, by phone or by email (issue 23):
-- how it reached them (in-person, phone, email) and who entered it (a staff id). Both are null for
-- a report its reporter sent, which is every report before this migration, so the reporter's own
-- insert writes two nulls more and nothing else changes for it.

alter table reports add column entry_channel varchar(16);

alter table reports add column entered_by varchar(36);

alter table reports add constraint reports_staff_entry_whole
    check ((entry_channel is null and entered_by is null)
        or (entry_channel in ('in-person', 'phone', 'email') and entered_by is not null));
