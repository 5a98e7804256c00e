-- Issue 24: the organisation's pages and passages in each language it writes them in, one row per
-- key and language saved; a key with no row in a language is shown in the organisation's first
-- language if saved there, else with the default in the reader's language. A page saved before
-- languages was written in the first language offered, which whoever migrates names in the
-- placeholder firstLanguage (English unless the organisation lists another first). The table is
-- made anew because H2 and PostgreSQL name and drop a primary key differently.
create table organisation_page_texts (
    slug      varchar(40)              not null,
    language  varchar(3)               not null,
    title     varchar(120)             not null,
    body      text                     not null,
    edited_at timestamp with time zone not null,
    primary key (slug, language),
    constraint organisation_page_texts_body_bounded check (char_length(body) between 1 and 20000)
);

insert into organisation_page_texts (slug, language, title, body, edited_at)
select slug, '${firstLanguage}', title, body, edited_at from organisation_pages;

drop table organisation_pages;
