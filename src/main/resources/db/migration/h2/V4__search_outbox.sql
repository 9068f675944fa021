-- Hibernate Search's outbox-polling coordination: indexing events are written here in the
-- same transaction as the change they describe, and applied to the index by a background
-- processor (the agent table elects who processes which events). Binary payloads differ
-- by engine, hence one file per vendor.
create table hsearch_outbox_event (
    id              uuid not null primary key,
    entity_name     varchar(256) not null,
    entity_id       varchar(256) not null,
    entity_id_hash  integer not null,
    tenant_id       varchar(255),
    payload         binary large object not null,
    retries         integer not null,
    process_after   timestamp(6) with time zone not null,
    status          varchar(255) not null
);

create index processAfter on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                    uuid not null primary key,
    type                  varchar(255) not null,
    name                  varchar(255) not null,
    tenant_id             varchar(255),
    expiration            timestamp(6) with time zone not null,
    state                 varchar(255) not null,
    total_shard_count     integer,
    assigned_shard_index  integer,
    payload               binary large object
);
