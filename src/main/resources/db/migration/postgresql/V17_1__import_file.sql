-- The uploaded file of an import, kept until the import ends.
create table import_file (
    import_id  bigint not null primary key references import_batch (id) on delete cascade,
    content    bytea not null
);
