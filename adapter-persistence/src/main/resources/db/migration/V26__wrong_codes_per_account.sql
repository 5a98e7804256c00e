-- The code step of staff sign-in is limited per account, across every node: the wrong codes (app
-- codes and recovery codes) since the last right one, and until when the account's code step is
-- paused. Kept on the authenticator, so that a new authenticator starts afresh.

alter table staff_authenticators add column wrong_codes integer not null default 0;

alter table staff_authenticators add column codes_paused_until timestamp with time zone;
