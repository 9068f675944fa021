-- Regions in every language, at any depth, with their official codes (issue 10).

-- A region's name in each language of the interface, besides its own; a reader whose
-- language has none sees its own name.
create table region_name (
    region_id  bigint not null references region (id) on delete cascade,
    language   varchar(2) not null,
    name       varchar(200) not null,
    constraint region_name_pk primary key (region_id, language),
    constraint region_name_language_ck check (language in ('EN', 'TR', 'AZ', 'FA', 'PL'))
);

create table region_name_aud (
    region_id  bigint not null,
    rev        bigint not null references revision (id),
    revtype    smallint not null,
    language   varchar(2) not null,
    name       varchar(200) not null,
    primary key (region_id, rev, revtype, language, name)
);

-- One code became two: ISO 3166 (alpha-2 for a country, 3166-2 for a subdivision) and the
-- country's own register (TERYT in Poland). A code that reads as ISO goes there.
alter table region add column iso_code varchar(6);
alter table region add column national_code varchar(40);
alter table region_aud add column iso_code varchar(6);
alter table region_aud add column national_code varchar(40);

-- Any depth: the level is a type of place (voivodeship, powiat, gmina, ostan, il, rayon…),
-- the depth is the length of the path.
alter table region drop constraint region_level_ck;

-- The level of a country, before its code moves, decides its subdivisions' level names.
update region set level = case level when 'PROVINCE' then 'VOIVODESHIP' else 'POWIAT' end
where level in ('PROVINCE', 'DISTRICT') and exists (select 1 from region c
    where c.parent_id is null and upper(c.code) = 'PL' and region.path like concat(c.path, '%'));
update region set level = case level when 'PROVINCE' then 'IL' else 'ILCE' end
where level in ('PROVINCE', 'DISTRICT') and exists (select 1 from region c
    where c.parent_id is null and upper(c.code) = 'TR' and region.path like concat(c.path, '%'));
update region set level = case level when 'PROVINCE' then 'OSTAN' else 'SHAHRESTAN' end
where level in ('PROVINCE', 'DISTRICT') and exists (select 1 from region c
    where c.parent_id is null and upper(c.code) = 'IR' and region.path like concat(c.path, '%'));
update region set level = case level when 'PROVINCE' then 'ECONOMIC_REGION' else 'RAYON' end
where level in ('PROVINCE', 'DISTRICT') and exists (select 1 from region c
    where c.parent_id is null and upper(c.code) = 'AZ' and region.path like concat(c.path, '%'));
-- the history speaks of the levels in the same terms
update region_aud set level = (select r.level from region r where r.id = region_aud.id)
where level in ('PROVINCE', 'DISTRICT')
    and exists (select 1 from region r where r.id = region_aud.id and r.level not in ('PROVINCE', 'DISTRICT'));

update region set iso_code = upper(code)
where (parent_id is null and regexp_like(upper(code), '^[A-Z]{2}$'))
    or (parent_id is not null and regexp_like(upper(code), '^[A-Z]{2}-[A-Z0-9]{1,3}$'));
update region set national_code = code where code is not null and iso_code is null;
update region_aud set iso_code = upper(code)
where (parent_id is null and regexp_like(upper(code), '^[A-Z]{2}$'))
    or (parent_id is not null and regexp_like(upper(code), '^[A-Z]{2}-[A-Z0-9]{1,3}$'));
update region_aud set national_code = code where code is not null and iso_code is null;

alter table region drop column code;
alter table region_aud drop column code;

create index region_iso_code_idx on region (iso_code);
create index region_national_code_idx on region (national_code);

-- Every name of an organization's region and of the regions around it, in every language,
-- for the search: kept by the register as its region is renamed or moved.
alter table organization add column place_names varchar(10000);
update organization set place_names = (select string_agg(r.name, ' ') from region r
    where organization.region_path like concat(r.path, '%'));
