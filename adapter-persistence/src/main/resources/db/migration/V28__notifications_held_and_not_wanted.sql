-- Notification preferences at delivery (issue 22): the sending job reads the recipient's choice
-- when it delivers. A notification they want in their daily digest is HELD until the digest's
-- hour (next_attempt_at); one of a kind they chose not to receive is settled as NOT_WANTED, and
-- counted apart from those sent on the administrators' page.
alter table notifications drop constraint notifications_status_known;
alter table notifications add constraint notifications_status_known
    check (status in ('WAITING', 'HELD', 'SENT', 'GIVEN_UP', 'NOT_WANTED'));
