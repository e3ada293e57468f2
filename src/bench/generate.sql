-- Scale data for the benchmark: customer accounts with funded balances, one login each, and
-- about a million resources over every product type, all set-based (generate_series, no row loops).
--
-- Run with psql against a database whose schema the app's Flyway migrations have created
-- (start the app once against it; src/bench/run.sh does all of that):
--
--   psql -h 127.0.0.1 -U postgres -d billing_bench -v ON_ERROR_STOP=1 \
--        -v accounts=10000 -v resources=1000000 -v big=2000 -f src/bench/generate.sql
--
-- Variables (all optional):
--   accounts   customer accounts to create                          (default 10000)
--   resources  resources in total, over all accounts                (default 1000000)
--   big        resources of the first account, bench00001           (default 2000)
--   password   password of every bench user                         (default bench-pass-1)
--   zone       business zone, must match the app's BILLING_ZONE     (default Asia/Shanghai)
--   seed       setseed() value in [-1, 1], for repeatable data      (default 0.42)
--   history    share of subscription resources with a past paid renewal (default 0.25): an order, its
--              line, a top-up and the payment (netting to zero), a read expiry reminder and its sent mail,
--              so that orders, notices and the outbox hold what a console that has run for a while holds
--
-- Users are bench00001 ... bench10000 (role CUSTOMER). One bcrypt hash of the password is
-- computed with pgcrypto and reused for every user. Statuses are consistent with the lifecycle
-- job at generation time (RUNNING before expiry, EXPIRED inside the product's renewal window,
-- RELEASED after it), so the job finds nothing to do. Expiries are 00:00 in the business zone.
-- Refuses to run twice: when bench users already exist, recreate the database first.

\set ON_ERROR_STOP on
\if :{?accounts}
\else
\set accounts 10000
\endif
\if :{?resources}
\else
\set resources 1000000
\endif
\if :{?big}
\else
\set big 2000
\endif
\if :{?password}
\else
\set password 'bench-pass-1'
\endif
\if :{?zone}
\else
\set zone 'Asia/Shanghai'
\endif
\if :{?seed}
\else
\set seed 0.42
\endif
\if :{?history}
\else
\set history 0.25
\endif

\timing on
set client_min_messages = warning;
-- the staging tables below are temporary; give them room before the first one is touched
set temp_buffers = '256MB';
set work_mem = '256MB';

-- ---- guards (a failed guard stops psql with exit status 3) ----
select (:accounts::int >= 1 and :big::int >= 0 and :resources::bigint >= :big::int
        and (:accounts::int > 1 or :resources::bigint = :big::int)) as params_ok \gset
\if :params_ok
\else
\echo 'generate.sql: need accounts >= 1 and resources >= big >= 0 (resources = big when accounts = 1)'
do $$ begin raise exception 'generate.sql: bad parameters'; end $$;
\endif
do $$
begin
    if to_regclass('public.cloud_resource') is null then
        raise exception 'generate.sql: no cloud_resource table. Start the app once against this database so that Flyway creates the schema.';
    end if;
    if exists (select 1 from app_user where username ~ '^bench[0-9]+$') then
        raise exception 'generate.sql: refusing to run: % bench users already exist. Drop and recreate the database (src/bench/run.sh does), then run again.',
            (select count(*) from app_user where username ~ '^bench[0-9]+$');
    end if;
end $$;

create extension if not exists pgcrypto;

begin;
select setseed(:seed) \g /dev/null

-- ---- accounts: ordinal n -> id, balance, number of top-ups, a lognormal weight for resources ----
create temp table bench_acct as
select n,
       nextval(pg_get_serial_sequence('account', 'id')) as id,
       case when n = 1 then 5000000                      -- bench00001: 50,000.00 CNY
            when random() < 0.05 then 0                  -- some accounts never topped up
            else (10000 * exp(random() * 7.6))::bigint   -- 100 .. 200,000 CNY, log-uniform
       end as balance,
       1 + floor(random() * 3)::int as topups,
       -- 800+ days old: older than the oldest generated expiry, so every resource fits in its life
       now() - make_interval(days => 800 + floor(random() * 1100)::int, secs => floor(random() * 86400)::int)
           as created_at,
       exp(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as weight,
       case when n % 10 = 0 then 'en' else 'zh' end as language,
       'bench' || lpad(n::text, greatest(5, length(:accounts::text)), '0') as username
  from generate_series(1, :accounts::int) n;
alter table bench_acct add primary key (n);

insert into account (id, display_name, email, phone, language, status, real_name_verified,
                     cash_balance_fen, credit_line_fen, created_at)
select id, 'Bench customer ' || username, username || '@example.com',
       case when n % 3 = 0 then null else '+86 138 ' || lpad((n % 10000)::text, 4, '0') || ' ' || lpad((n % 9973)::text, 4, '0') end,
       language, 'NORMAL', n % 4 <> 0, balance, 0, created_at
  from bench_acct
 order by n;

-- one bcrypt hash (cost 10, $2a$), computed once and shared by every bench user
create temp table bench_hash as select crypt(:'password', gen_salt('bf', 10)) as hash;

insert into app_user (username, password_hash, role, account_id, language, enabled, created_at)
select a.username, h.hash, 'CUSTOMER', a.id, a.language, true, a.created_at
  from bench_acct a cross join bench_hash h
 order by a.n;

-- ledger: 1..3 TOP_UP entries per funded account, summing exactly to its cash balance
insert into ledger_entry (account_id, entry_type, pocket, amount_fen, cash_balance_after_fen, note, created_at)
select id, 'TOP_UP', 'CASH', part, sum(part) over (partition by id order by k), 'bench top-up',
       created_at + make_interval(days => 7 * (k - 1), mins => 5)
  from (select a.id, a.created_at, k,
               case when k < a.topups then a.balance / a.topups
                    else a.balance - (a.topups - 1) * (a.balance / a.topups) end as part
          from bench_acct a cross join lateral generate_series(1, a.topups) k
         where a.balance > 0) t
 order by created_at, id, k;

-- ---- how many resources each account gets: bench00001 exactly :big, the rest by weight
--      (largest-remainder rounding, so the total is exactly :resources) ----
create temp table bench_count as
with s as (select n, id, created_at,
                  (:resources::bigint - :big::int)::float8 * weight / sum(weight) over () as share
             from bench_acct where n > 1),
     f as (select n, id, created_at, floor(share)::int as base, share - floor(share) as frac from s),
     r as (select n, id, created_at, base,
                  row_number() over (order by frac desc, n) as rn,
                  (:resources::bigint - :big::int) - sum(base) over () as leftover
             from f)
select n, id, created_at, base + case when rn <= leftover then 1 else 0 end as cnt from r
union all
select n, id, created_at, :big::int from bench_acct where n = 1;

-- ---- product types: every row of product_rule, with a share (unknown future types get 10) ----
create temp table bench_type as
with w as (select p.product_type, p.family, p.renew_window_days, p.after_window, p.monthly_price_fen,
                  p.sort_order, coalesce(v.weight, 10)::float8 as weight
             from product_rule p
             left join (values ('DOMAIN', 30), ('DOMAIN_HK', 4), ('VIRTUAL_HOST', 10), ('SITE_BUILDER', 5),
                               ('ENTERPRISE_MAIL', 9), ('ECS', 30), ('RDS', 12)) v (product_type, weight)
                    on v.product_type = p.product_type)
select product_type, family, renew_window_days, after_window, monthly_price_fen,
       coalesce(sum(weight) over (order by sort_order, product_type
                                  rows between unbounded preceding and 1 preceding), 0) / sum(weight) over () as lo,
       sum(weight) over (order by sort_order, product_type) / sum(weight) over () as hi
  from w;

-- ---- one staging row per resource, with its random draws ----
create temp table bench_res as
select c.id as account_id, c.n, c.created_at as account_created, g as k,
       random() as u_type, random() as u_life, random() as u_off, random() as u_bill,
       random() as u_name, random() as u_region, random() as u_chan, random() as u_price,
       random() as u_auto, random() as u_created
  from bench_count c cross join lateral generate_series(1, c.cnt) g;

-- ---- derive type, billing, expiry offset (days from today, business zone) ----
create temp table bench_res2 as
with today as (select (now() at time zone :'zone')::date as d),
     r as (
select r.*, t.product_type, t.family, t.renew_window_days as win, t.after_window, t.monthly_price_fen as base_price,
       (t.family = 'CLOUD' and r.u_bill < 0.20) as payg,
       (t.family = 'CLOUD' and r.u_bill >= 0.20 and r.u_bill < 0.23) as trial
  from bench_res r
  join bench_type t on r.u_type >= t.lo and r.u_type < t.hi)
select r.*,
       case when r.payg then null
            when r.trial then -20 + floor(r.u_off * 50)::int                      -- short trials, some lapsed
            when r.u_life < 0.58 then 31 + floor(r.u_off * 1065)::int             -- running, 31 days .. 3 years
            when r.u_life < 0.70 then 1 + floor(r.u_off * 30)::int                -- expiring within 30 days
            when r.u_life < 0.78 then -floor(r.u_off * r.win)::int                -- expired, inside the window
            else -(r.win + floor(r.u_off * 730)::int)                             -- released after the window
       end as off,
       (select d from today) as today
  from r;

-- ---- insert in creation order, so that one account's rows are spread over the table as in
--      a long-lived database (ids grow with created_at) ----
insert into cloud_resource (account_id, product_type, name, region, billing_method, status, expires_at, trial,
                            channel, monthly_price_fen, auto_renew_enabled, auto_renew_months, released_at,
                            data_deleted, created_at, version)
select account_id, product_type, name, region, billing_method, status, expires_at, trial, channel, price,
       auto_renew, case when auto_renew then (case when family = 'CLOUD' then 1 else 12 end) end,
       case when status = 'RELEASED' then renewable_until end,
       status = 'RELEASED' and after_window = 'RELEASED_DATA_DELETED',
       created_at, 0
  from (
select x.*,
       case when payg then 'PAYG' else 'SUBSCRIPTION' end as billing_method,
       case when payg or off >= 1 then 'RUNNING'
            when off + win > 0 then 'EXPIRED'
            else 'RELEASED' end as status,
       (not payg and off >= 1 and not trial and u_auto < 0.12) as auto_renew,
       case when family = 'CLOUD' then base_price * (array[1, 1, 2, 4, 8])[1 + floor(u_price * 5)::int]
            else base_price end as price,
       (array['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-hongkong'])[1 + floor(u_region * 5)::int]
           as region,
       case when u_chan < 0.90 then 'CONSOLE' when u_chan < 0.96 then 'RESELLER' else 'API' end as channel,
       case product_type
            when 'DOMAIN' then word || '-' || n || '-' || k || (array['.com', '.cn', '.net', '.com.cn'])[1 + (k % 4)]
            when 'DOMAIN_HK' then word || '-' || n || '-' || k || '.hk'
            when 'VIRTUAL_HOST' then 'host-' || word || '-' || lpad(k::text, 4, '0')
            when 'SITE_BUILDER' then 'site-' || word || '-' || lpad(k::text, 4, '0')
            when 'ENTERPRISE_MAIL' then 'mail-' || word || '-' || n || '-' || k || '.com'
            when 'ECS' then word || '-server-' || lpad(k::text, 4, '0')
            when 'RDS' then word || '-db-' || lpad(k::text, 4, '0')
            else lower(product_type) || '-' || word || '-' || lpad(k::text, 4, '0')
       end as name,
       -- created: between the account's creation and a day before expiry (or now, if earlier)
       account_created + (least(now(), coalesce(expires_at, now())) - interval '1 day' - account_created) * u_created
           as created_at
  from (select b.*,
               (array['shop', 'blog', 'web', 'api', 'crm', 'erp', 'game', 'data', 'media', 'pay', 'chat', 'news',
                      'cloud', 'edu', 'travel', 'food'])[1 + floor(u_name * 16)::int] as word,
               case when off is null then null
                    else ((today + off)::timestamp at time zone :'zone') end as expires_at,
               case when off is null then null
                    else ((today + off + win)::timestamp at time zone :'zone') end as renewable_until
          from bench_res2 b) x
  ) y
 order by created_at;

drop table bench_res, bench_res2, bench_count, bench_type, bench_hash;

-- ---- history: a past manual renewal of a share of the subscriptions (after the resources, so that the
--      random draws above, and with them the resources, do not depend on :history). Without it the orders,
--      notice and outbox tables are empty when analyzed, and PostgreSQL plans (and caches, per connection) the
--      foreign-key checks of the first inserts into them as sequential scans, which a long-running console
--      never sees. Each renewal is paid in cash from a top-up of the same amount made just before it, so
--      balances and the top-ups' running balances stay as generated. ----
create temp table bench_hist as
select nextval('orders_id_seq') as order_id, r.id as resource_id, r.account_id, r.name, r.product_type,
       r.monthly_price_fen as amount, at, at + interval '30 days' as expiry_before, at + interval '60 days' as expiry_after,
       a.email
  from (select r.*, r.created_at + interval '20 days' as at from cloud_resource r) r
  join account a on a.id = r.account_id
 where r.billing_method = 'SUBSCRIPTION' and not r.trial and r.created_at < now() - interval '40 days'
   and random() < :history::float8
 order by at;

insert into orders (id, account_id, kind, status, amount_fen, paid_voucher_fen, paid_cash_fen, paid_credit_fen,
                    created_at, paid_at, version)
select order_id, account_id, 'RENEWAL', 'PAID', amount, 0, amount, 0, at, at + interval '1 minute', 0
  from bench_hist order by order_id;

insert into order_line (order_id, resource_id, months, amount_fen, expiry_before, expiry_after)
select order_id, resource_id, 1, amount, expiry_before, expiry_after from bench_hist order by order_id;

-- the top-up and the payment, with the account's running balance from the generated top-ups before them
insert into ledger_entry (account_id, entry_type, pocket, amount_fen, cash_balance_after_fen, note, order_id, created_at)
select h.account_id, e.entry_type, 'CASH', e.amount, b.before + e.after_delta, e.note, e.order_id, e.at
  from bench_hist h
  cross join lateral (select coalesce(sum(l.amount_fen), 0) as before from ledger_entry l
                       where l.account_id = h.account_id and l.entry_type = 'TOP_UP' and l.note = 'bench top-up'
                         and l.created_at <= h.at) b
  cross join lateral (values ('TOP_UP', h.amount, h.amount, 'bench top-up for a renewal', null::bigint, h.at),
                             ('PAYMENT', -h.amount, 0, 'bench renewal', h.order_id, h.at + interval '1 minute'))
                      e(entry_type, amount, after_delta, note, order_id, at)
 where h.amount > 0
 order by e.at, h.order_id, e.entry_type desc;

create temp table bench_hist_notice as
select nextval('notice_id_seq') as notice_id, h.* from bench_hist h order by h.order_id;

insert into notice (id, account_id, kind, dedupe_key, resource_id, resource_name, product_type, expires_at,
                    days_before, created_at, read_at)
select notice_id, account_id, 'EXPIRY_REMINDER', 'bench-history-' || order_id, resource_id, name, product_type,
       at + interval '7 days', 7, at - interval '1 day', at
  from bench_hist_notice order by notice_id;

insert into mail_outbox (notice_id, account_id, recipient, subject, body_text, body_html, created_at, attempts,
                         next_attempt_at, sent_at)
select notice_id, account_id, email, 'Expiry reminder: ' || name, name || ' expires in 7 days.',
       '<p>' || name || ' expires in 7 days.</p>', at - interval '1 day', 1, null, at - interval '1 day' + interval '1 minute'
  from bench_hist_notice where email is not null order by notice_id;

drop table bench_hist, bench_hist_notice;
commit;

-- statistics (and the visibility map, for index-only counts) for the planner
vacuum (analyze) account, app_user, ledger_entry, cloud_resource, orders, order_line, notice, mail_outbox;

\timing off
\echo '---- generated ----'
select (select count(*) from account) as accounts,
       (select count(*) from app_user where username ~ '^bench[0-9]+$') as bench_users,
       (select count(*) from ledger_entry) as ledger_entries,
       (select count(*) from cloud_resource) as resources,
       (select count(*) from orders) as history_orders,
       (select count(*) from notice) as history_notices,
       (select count(*) from account a
         where a.cash_balance_fen <> coalesce((select sum(amount_fen) from ledger_entry l
                                               where l.account_id = a.id and l.pocket in ('CASH', 'CREDIT')), 0))
           as balance_mismatches;
select product_type, billing_method, status, trial, count(*)
  from cloud_resource group by 1, 2, 3, 4 order by 1, 2, 3, 4;
select u.username, count(r.id) as resources,
       count(*) filter (where r.status = 'RUNNING' and r.expires_at <= now() + interval '30 days') as expiring_30d
  from app_user u join cloud_resource r on r.account_id = u.account_id
 where u.username = 'bench' || lpad('1', greatest(5, length(:accounts::text)), '0')
 group by u.username;
select count(*) as accounts_with_resources, max(c) as max_per_account,
       percentile_disc(0.5) within group (order by c) as median_per_account
  from (select account_id, count(*) c from cloud_resource group by account_id) t;
