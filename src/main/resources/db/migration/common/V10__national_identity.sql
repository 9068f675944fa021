-- Issue 10: sub-kinds as codes that mean one thing in every language, national
-- identifiers kept by country, and the acronym people use.

-- "STUDENT" meant school pupils' cooperatives (دانش‌آموزی, the Zanjan story); university
-- students' cooperatives are UNIVERSITY_STUDENT from now on. Their history says the same.
update organization set sub_kind = 'SCHOOL_STUDENT' where sub_kind = 'STUDENT';
update organization_aud set sub_kind = 'SCHOOL_STUDENT' where sub_kind = 'STUDENT';

alter table organization add column short_name varchar(60);
alter table organization_aud add column short_name varchar(60);

-- One number per scheme (KRS, NIP, REGON, MERSIS, VKN, VOEN, SHENASE_MELLI), in ASCII
-- digits. Each scheme belongs to one country, so unique per scheme is unique per country;
-- a table rather than a column per scheme, so a country's scheme is added without a
-- migration and an organization carries only those of its country.
create table organization_identifier (
    organization_id  bigint not null references organization (id),
    scheme           varchar(20) not null,
    number           varchar(20) not null,
    primary key (organization_id, scheme),
    constraint organization_identifier_uk unique (scheme, number)
);

create table organization_identifier_aud (
    organization_id  bigint not null,
    rev              bigint not null references revision (id),
    revtype          smallint not null,
    scheme           varchar(20) not null,
    number           varchar(20),
    primary key (organization_id, rev, revtype, scheme)
);

create index organization_identifier_aud_org_idx on organization_identifier_aud (organization_id, rev);
