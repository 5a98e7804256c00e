-- Issue 19: the organisation's own pages and passages (privacy notice, support, what happens next,
-- covering your tracks, accessibility, and the report form's texts on anonymity), one row per key
-- that an administrator has saved; a key with no row is shown with its default, which the
-- application supplies. The content is the organisation's and shown to reporters, so it is not
-- encrypted. The bounds repeat the domain's (OrganisationPage), so no other writer stores more.
create table organisation_pages (
    slug      varchar(40)              primary key,
    title     varchar(120)             not null,
    body      text                     not null,
    edited_at timestamp with time zone not null,
    constraint organisation_pages_body_bounded check (char_length(body) between 1 and 20000)
);
