-- Issue 21, the account lifecycle: when each staff member last signed in, shown to administrators
-- in the staff list. Empty for an account that has not signed in since this column came; written
-- when a staff session is opened, apart from the rest of the account, which changes never touch it.
alter table staff add column last_signed_in_at timestamp with time zone;
