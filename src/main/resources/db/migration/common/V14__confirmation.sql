-- Keeping the register true: when each entry was last confirmed as right (created, edited
-- or confirmed by its keepers or its own contact); until now, its last change.
alter table organization add column confirmed_at timestamp with time zone;
update organization set confirmed_at = updated_at;
alter table organization alter column confirmed_at set not null;
create index organization_confirmed_idx on organization (confirmed_at);

alter table organization_aud add column confirmed_at timestamp with time zone;
