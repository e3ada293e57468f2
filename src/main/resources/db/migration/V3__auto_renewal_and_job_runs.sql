-- Auto-renewal: when each resource is next due, every attempt, and the sweeps' run log.

-- Business date of the next auto-renew attempt (08:00 that day), null when auto-renew is off or no
-- attempt is left for the current period. The sweep reads only the rows that are due (partial index),
-- so a day with nothing due costs nothing however many resources there are.
alter table cloud_resource add column next_auto_renew_on date;
create index cloud_resource_auto_renew_due on cloud_resource (next_auto_renew_on) where next_auto_renew_on is not null;

alter table orders drop constraint orders_kind_check;
alter table orders add constraint orders_kind_check check (kind in ('RENEWAL', 'AUTO_RENEWAL'));

-- One row per resource and business day the sweep tried; a period (the expiry being extended) is
-- renewed at most once, whatever runs concurrently.
create table auto_renew_attempt (
    id            bigserial primary key,
    resource_id   bigint      not null references cloud_resource (id),
    account_id    bigint      not null references account (id),
    business_date date        not null,
    period_expiry timestamptz not null,
    months        int         not null check (months > 0),
    order_id      bigint references orders (id),
    outcome       varchar(30) not null check (outcome in ('RENEWED', 'INSUFFICIENT_BALANCE')),
    missing_fen   bigint,
    created_at    timestamptz not null,
    constraint auto_renew_attempt_once_a_day unique (resource_id, business_date)
);
create unique index auto_renew_attempt_one_success on auto_renew_attempt (resource_id, period_expiry)
    where outcome = 'RENEWED';
create index auto_renew_attempt_account on auto_renew_attempt (account_id, created_at desc);

-- What each job did: operators see the last runs in the back office.
create table job_run (
    id            bigserial primary key,
    job           varchar(40)  not null,
    business_date date,
    started_at    timestamptz  not null,
    ended_at      timestamptz,
    processed     int          not null default 0,
    changed       int          not null default 0,
    failed        int          not null default 0,
    last_error    varchar(500),
    instance      varchar(100) not null
);
create index job_run_job_started on job_run (job, started_at desc, id desc);

-- The business days whose 08:00 sweeps have been run (to catch up missed days in order).
create table sweep_day (
    business_date date primary key,
    finished_at   timestamptz not null
);
