-- The content keys report content is sealed under (FieldCipher), by number: the keys themselves are
-- never stored, anywhere; each is derived from the secret key file by its number. A rotation adds
-- the next number, which every node seals new values under once it reads it (within seconds), and a
-- scheduled job re-seals older values under it; a key is retired once no value refers to it.
-- Key 1 is the key every value was sealed under until now.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL.

create table content_keys (
    id         integer                  primary key,
    added_at   timestamp with time zone not null,
    -- When the re-sealing job found no value sealed under it any more; null while in use.
    retired_at timestamp with time zone,
    constraint content_keys_id_range check (id between 1 and 255)
);

insert into content_keys (id, added_at) values (1, current_timestamp);
