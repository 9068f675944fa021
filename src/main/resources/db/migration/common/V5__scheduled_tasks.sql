-- db-scheduler: background jobs (reindexing, later imports and reminders) kept in the
-- database, so they survive a restart and run on one node at a time.
create table scheduled_tasks (
    task_name             varchar(250) not null,
    task_instance         varchar(250) not null,
    task_data             bytea,
    execution_time        timestamp(6) with time zone not null,
    picked                boolean not null,
    picked_by             varchar(250),
    last_success          timestamp(6) with time zone,
    last_failure          timestamp(6) with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp(6) with time zone,
    version               bigint not null,
    priority              smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority desc, execution_time asc);
