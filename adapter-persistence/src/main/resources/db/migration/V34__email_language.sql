-- The language each staff member's emails are written in (issue 24): a language tag such as cy,
-- or null until they choose one, when their emails come in the organisation's first language. A
-- tag the organisation no longer offers is read as the first language too.
alter table notification_preferences add column language varchar(3);
