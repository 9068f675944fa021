-- The uploaded file of an import, kept until the import ends (H2: a large object).
create table import_file (
    import_id  bigint not null primary key references import_batch (id) on delete cascade,
    content    binary large object not null
);
