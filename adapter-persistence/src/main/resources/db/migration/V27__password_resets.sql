-- One-time set-password links an administrator issues (issue 21): one a staff member at most, a
-- new one replacing the one before. Only the SHA-256 digest of the link's token is kept, so that a
-- copy of the database opens no link; the token itself is derived under the server secret, which is
-- never in the database. A link is removed when it is used.
create table password_resets (
    staff_id     varchar(36)              primary key references staff (id),
    token_digest varchar(64)              not null,
    issued_at    timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    constraint password_resets_digest_unique unique (token_digest),
    constraint password_resets_expire_after_issue check (expires_at > issued_at)
);
