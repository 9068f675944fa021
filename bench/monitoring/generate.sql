-- The monitoring benchmark's data (issue 15), written straight into PostgreSQL after Ortak
-- has loaded its demo: :values indicator values and :attendance attendance rows.
--  * 100,000 events (copies of the first demo event), each with its share of the
--    attendance rows: confirmed and checked in, one person each;
--  * the Azerbaijani project's 12 activities with their 40 women (2 groups of 20, each at
--    its district's 6 days): 240 attendances;
--  * one target on each of the Zanjan plan's 56 items, with a monthly value since 2016;
--  * 10,000 further targets (of plans' items not loaded) sharing the rest of the values,
--    a monthly value each from 1940 on: the table as a large installation's would be.
\set ON_ERROR_STOP on
\timing on

select string_agg(column_name, ', ' order by ordinal_position) as event_cols
from information_schema.columns where table_name = 'event' and column_name not in ('id', 'public_id') \gset
select min(id) as first_event from event \gset
insert into event (public_id, :event_cols)
select gen_random_uuid(), :event_cols from event e cross join generate_series(1, 100000) g
where e.id = :first_event;
select max(id) - 99999 as bench_event from event \gset

insert into registration (public_id, event_id, person_id, email_key, status, source, token_hash, language,
    registered_at, status_at, checked_in_at)
select gen_random_uuid(), :bench_event + (g % 100000), gen_random_uuid(), 'p' || g || '@bench.example.org',
    'CONFIRMED', 'COORDINATOR', md5(g::text) || md5((g + 7)::text), 'az', now(), now(), now()
from generate_series(1, :attendance) g;

-- the 40 women at the Azerbaijani project's 12 activities, each at her district's six
with activities as (
    select e.id, row_number() over (order by e.starts_at) as n
    from event e join project_event pe on pe.event_id = e.public_id
    where pe.project_id = (select project_id from project_title where title like 'Regionlarda%' limit 1)
), women as (
    select w, md5('az-woman-' || w)::uuid as person from generate_series(1, 40) w
)
insert into registration (public_id, event_id, person_id, email_key, status, source, token_hash, language,
    registered_at, status_at, checked_in_at)
select gen_random_uuid(), a.id, women.person, 'woman' || women.w || '@bench.example.org', 'CONFIRMED',
    'COORDINATOR', md5('az' || a.id || '-' || women.w) || md5('w' || women.w || '-' || a.id), 'az', now(), now(), now()
from activities a join women on (women.w <= 20) = (a.n in (1, 2, 5, 6, 9, 10));

select id as filler_indicator from indicator where code = 'AZ-2' \gset
insert into indicator_target (public_id, indicator_id, subject_kind, subject_id, baseline_value, baseline_on,
    target_value, target_on, frequency, calendar, created_at, updated_at)
select gen_random_uuid(), :filler_indicator, 'PLAN_ITEM', i.public_id, 0, date '2016-01-01', 1000,
    date '2030-12-31', 'MONTH', 'GREGORIAN', now(), now()
from plan_item i;
insert into indicator_target (public_id, indicator_id, subject_kind, subject_id, baseline_value, baseline_on,
    target_value, target_on, frequency, calendar, created_at, updated_at)
select gen_random_uuid(), :filler_indicator, 'PLAN_ITEM', gen_random_uuid(), 0, date '1940-01-01', 100000,
    date '2030-12-31', 'MONTH', 'GREGORIAN', now(), now()
from generate_series(1, 10000);
select min(id) as plan_targets from indicator_target where baseline_on = date '2016-01-01' \gset
select min(id) as filler_targets from indicator_target where baseline_on = date '1940-01-01' \gset

-- the plan's targets: a value a month from January 2016 to the month before this one
insert into indicator_value (public_id, target_id, period_code, period_start, period_end, revision, amount, status,
    submitted_at, reviewed_at)
select gen_random_uuid(), t.id, to_char(m, 'YYYY-MM'), m::date, (m + interval '1 month' - interval '1 day')::date,
    1, 1, 'APPROVED', now(), now()
from indicator_target t cross join generate_series(date '2016-01-01', date_trunc('month', now()) - interval '1 month',
    interval '1 month') m
where t.baseline_on = date '2016-01-01';
select count(*) as plan_values from indicator_value \gset

-- the rest: month after month from January 1940 across the 10,000 other targets
insert into indicator_value (public_id, target_id, period_code, period_start, period_end, revision, amount, status,
    submitted_at, reviewed_at)
select gen_random_uuid(), :filler_targets + (g % 10000),
    to_char(date '1940-01-01' + make_interval(months => (g / 10000)::int), 'YYYY-MM'),
    (date '1940-01-01' + make_interval(months => (g / 10000)::int))::date,
    (date '1940-01-01' + make_interval(months => (g / 10000)::int + 1) - interval '1 day')::date,
    1, 1, 'APPROVED', now(), now()
from generate_series(0, :values - :plan_values - 1) g;

-- progress as the application keeps it on write
-- (their indicator keeps the latest value: 1)
update indicator_target t set actual_value = 1, actual_through = s.last, reported_through = s.last,
    approved_count = s.n
from (select target_id, count(*) n, max(period_end) last from indicator_value group by target_id) s
where s.target_id = t.id;

analyze;
select (select count(*) from indicator_value) as indicator_values, (select count(*) from registration) as attendance_rows;
