-- Indexes for the case lists, which are read a page at a time in list order (received time, then
-- reference) from a position, and stop at the page's end.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

-- The queue and an adviser's own cases: the assignee (or none) and not closed (closed_at null),
-- then in list order.
drop index reports_queue;
drop index reports_assignee;
create index reports_open_by_assignee on reports (assignee, closed_at, received_at, reference);

-- The other lists (unread, overdue, escalated) walk every case in list order and keep those that
-- qualify.
create index reports_in_order on reports (received_at, reference);
