-- Staff two-factor sign-in: each member's authenticator secret, sealed like report content, and
-- their unused recovery codes, kept only as keyed hashes.

create table staff_authenticators (
    staff_id           varchar(36) primary key references staff (id),
    -- The TOTP secret in base32, sealed (AES-GCM) with the server's key.
    secret             bytea       not null,
    -- False while the member is still setting it up: a pending secret guards nothing.
    confirmed          boolean     not null,
    -- The time step of the last code accepted, so that no code is accepted twice.
    last_accepted_step bigint      not null
);

create table staff_recovery_codes (
    staff_id varchar(36) not null references staff_authenticators (staff_id) on delete cascade,
    -- HMAC-SHA-256 of the code under the server secret, in hexadecimal.
    digest   varchar(64) not null,
    constraint staff_recovery_codes_pk primary key (staff_id, digest)
);
