-- The public directory: whether a coordinator lists an organization publicly (listed by
-- default, except dissolved ones), and how precisely its place is shown there (a
-- home-based cooperative's address is someone's home).
alter table organization add column listed boolean default true not null;
alter table organization add column location_precision varchar(20) default 'EXACT' not null;
alter table organization add constraint organization_location_precision_ck
    check (location_precision in ('EXACT', 'STREET', 'DISTRICT'));
update organization set listed = false where status = 'DISSOLVED';

alter table organization_aud add column listed boolean;
alter table organization_aud add column location_precision varchar(20);
-- earlier revisions read as what they were: listed unless dissolved, exact
update organization_aud set listed = (status is null or status <> 'DISSOLVED') where listed is null;
update organization_aud set location_precision = 'EXACT' where location_precision is null;
