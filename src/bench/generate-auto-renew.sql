-- Auto-renewal data for the sweep benchmark, run AFTER generate.sql against the same database:
-- makes the auto-renew settings of the generated resources consistent with the app's rules, makes
-- exactly :due of them due on the benchmark day (today in the business zone), and adds an operator
-- login so that the sweep can be run through POST /api/v1/admin/jobs/AUTO_RENEW/run.
--
--   psql -h 127.0.0.1 -U postgres -d billing_sweep -v ON_ERROR_STOP=1 \
--        -v due=100000 -v unpaid=0.2 -f src/bench/generate-auto-renew.sql
--
-- Variables (all optional):
--   due        resources due on the benchmark day                                  (default 100000)
--   unpaid     share of them on accounts that cannot pay (no cash, no credit,
--              no voucher): their attempts are voided for INSUFFICIENT_BALANCE      (default 0.2)
--   operator   username of the OPERATOR login                                      (default bench-operator)
--   password   its password (bcrypt by pgcrypto, as generate.sql does)             (default bench-pass-1)
--   zone       business zone, must match the app's BILLING_ZONE                    (default Asia/Shanghai)
--   seed       setseed() value in [-1, 1], for repeatable data                     (default 0.17)
--
-- The rules applied (CloudResource.setAutoRenew / scheduleAutoRenew, product_rule):
--   * auto-renew only on RUNNING, non-trial SUBSCRIPTION resources whose channel may have it
--     (CONSOLE, or any channel when the product's auto_renew_for_reseller_and_api);
--   * auto_renew_months is one of the product's allowed_months (mostly the shortest; some 3 / 12 / 36);
--   * next_auto_renew_on = expiry day in the business zone − auto_renew_lead_days (9 cloud,
--     15 Wanwang), null when auto-renew is off.
-- generate.sql switches auto-renew on for about 12 % of the running subscriptions; here those whose
-- channel does not allow it are switched off, and so are those whose first attempt day would be
-- today or earlier (expiry within the lead days) unless they are among the :due chosen ones, so
-- that exactly :due resources are due.
--
-- The :due resources get auto-renew on and their expiry moved to today + lead days (00:00 in the
-- zone), so next_auto_renew_on = today: every due resource is on its first attempt, as if each
-- earlier daily sweep had run. (1 - :unpaid) of them are on funded accounts, chosen so that each
-- account's balance covers all of its due charges: their attempts are all RENEWED, whatever order
-- the sweep takes them in. The others are on accounts with a zero balance (generate.sql leaves about
-- 5 % of the accounts unfunded): all INSUFFICIENT_BALANCE. Every account has an e-mail address
-- (generate.sql), so every attempt also queues an outbox mail.
--
-- The expected outcome of each due resource is kept in the table bench_auto_renew_due (not part of
-- the app's schema) for src/bench/sweep.sh's checks. Refuses to run twice.

\set ON_ERROR_STOP on
\if :{?due}
\else
\set due 100000
\endif
\if :{?unpaid}
\else
\set unpaid 0.2
\endif
\if :{?operator}
\else
\set operator 'bench-operator'
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
\set seed 0.17
\endif

\timing on
set client_min_messages = warning;
set temp_buffers = '256MB';
set work_mem = '256MB';

-- ---- guards (a failed guard stops psql with exit status 3) ----
select (:due::int >= 0 and :unpaid::float8 >= 0 and :unpaid::float8 <= 1) as params_ok \gset
\if :params_ok
\else
\echo 'generate-auto-renew.sql: need due >= 0 and 0 <= unpaid <= 1'
do $$ begin raise exception 'generate-auto-renew.sql: bad parameters'; end $$;
\endif
do $$
begin
    if to_regclass('public.auto_renew_attempt') is null or to_regclass('public.mail_outbox') is null then
        raise exception 'generate-auto-renew.sql: no auto_renew_attempt / mail_outbox table. Start the app (V3, V4 migrations) against this database first.';
    end if;
    if not exists (select 1 from app_user where username ~ '^bench[0-9]+$') then
        raise exception 'generate-auto-renew.sql: no bench users. Run generate.sql first.';
    end if;
    if to_regclass('public.bench_auto_renew_due') is not null
       or exists (select 1 from auto_renew_attempt) then
        raise exception 'generate-auto-renew.sql: refusing to run: auto-renew data or attempts already exist. Recreate the database (src/bench/sweep.sh does).';
    end if;
end $$;

create extension if not exists pgcrypto;

begin;
select setseed(:seed) \g /dev/null

create temp table ar_today as select (now() at time zone :'zone')::date as d;

-- ---- every resource that may have auto-renew, with the setting it would have ----
create temp table ar_cand as
select c.*, c.monthly_price_fen * c.months as charge
  from (select b.*,
               case when b.u_months < 0.75 then b.allowed[1]
                    when b.u_months < 0.90 then b.allowed[least(3, cardinality(b.allowed))]
                    when 12 = any (b.allowed) and b.allowed[1] <> 12 then 12
                    else b.allowed[least(2, cardinality(b.allowed))] end as months
          from (select r.id, r.account_id, r.product_type, p.auto_renew_lead_days as lead,
                       (r.expires_at at time zone :'zone')::date as expiry_day,
                       a.cash_balance_fen as balance, r.monthly_price_fen,
                       string_to_array(p.allowed_months, ',')::int[] as allowed,
                       random() as u_months, random() as u_pick
                  from cloud_resource r
                  join product_rule p on p.product_type = r.product_type
                  join account a on a.id = r.account_id
                 where r.status = 'RUNNING' and r.billing_method = 'SUBSCRIPTION' and not r.trial
                   and r.expires_at is not null
                   and (r.channel = 'CONSOLE' or p.auto_renew_for_reseller_and_api)
                   and a.status = 'NORMAL') b) c;
alter table ar_cand add primary key (id);

-- accounts that cannot pay anything: no cash, no credit line, no usable voucher
create temp table ar_broke as
select a.id from account a
 where a.cash_balance_fen <= 0 and a.credit_line_fen = 0
   and not exists (select 1 from voucher v where v.account_id = a.id and v.remaining_fen > 0 and v.expires_at > now());

-- ---- the :due chosen ones ----
select round(:due::int * :unpaid::float8)::int as n_unpaid, :due::int - round(:due::int * :unpaid::float8)::int as n_paid
\gset

-- funded accounts: per account, the candidates in random order while their running sum of
-- charges stays within the balance; any subset of that prefix is then paid in full
create temp table ar_paid as
select id, account_id, months, charge, lead
  from (select c.*, sum(c.charge) over (partition by c.account_id order by c.u_pick, c.id) as running
          from ar_cand c
         where c.balance > 0 and c.account_id not in (select id from ar_broke)) t
 where running <= balance
 order by random()
 limit :n_paid;

create temp table ar_unpaid as
select id, account_id, months, charge, lead
  from ar_cand
 where account_id in (select id from ar_broke) and charge > 0
 order by u_pick
 limit :n_unpaid;

select (select count(*) from ar_paid) = :n_paid and (select count(*) from ar_unpaid) = :n_unpaid as enough \gset
\if :enough
\else
select (select count(*) from ar_paid) as paid_found, :n_paid as paid_wanted,
       (select count(*) from ar_unpaid) as unpaid_found, :n_unpaid as unpaid_wanted;
\echo 'generate-auto-renew.sql: not enough candidates for the requested due / unpaid (see above); lower them'
do $$ begin raise exception 'generate-auto-renew.sql: not enough candidates'; end $$;
\endif

create table bench_auto_renew_due (
    resource_id   bigint primary key,
    account_id    bigint      not null,
    business_date date        not null,
    months        int         not null,
    amount_fen    bigint      not null,
    expected      varchar(30) not null
);
insert into bench_auto_renew_due
select id, account_id, (select d from ar_today), months, charge, 'RENEWED' from ar_paid
union all
select id, account_id, (select d from ar_today), months, charge, 'INSUFFICIENT_BALANCE' from ar_unpaid;

-- ---- apply: the chosen ones expire on today + lead days, first attempt today ----
update cloud_resource r
   set auto_renew_enabled = true,
       auto_renew_months = c.months,
       expires_at = ((select d from ar_today) + c.lead)::timestamp at time zone :'zone',
       next_auto_renew_on = (select d from ar_today)
  from (select id, months, lead from ar_paid union all select id, months, lead from ar_unpaid) c
 where r.id = c.id;

-- the others that generate.sql switched on: keep the setting where the rules allow it and the
-- first attempt is still ahead, switch it off otherwise
update cloud_resource r
   set auto_renew_enabled = false, auto_renew_months = null, next_auto_renew_on = null
 where r.auto_renew_enabled
   and not exists (select 1 from bench_auto_renew_due d where d.resource_id = r.id)
   and not exists (select 1 from ar_cand c
                    where c.id = r.id and c.expiry_day - c.lead > (select d from ar_today));

update cloud_resource r
   set auto_renew_months = c.months,
       next_auto_renew_on = c.expiry_day - c.lead
  from ar_cand c
 where c.id = r.id and r.auto_renew_enabled
   and not exists (select 1 from bench_auto_renew_due d where d.resource_id = r.id);

-- ---- the operator who runs the sweep through the API ----
insert into app_user (username, password_hash, role, account_id, language, enabled, created_at)
values (:'operator', crypt(:'password', gen_salt('bf', 10)), 'OPERATOR', null, 'en', true, now());

drop table ar_cand, ar_broke, ar_paid, ar_unpaid;
commit;

vacuum (analyze) cloud_resource, bench_auto_renew_due;

\timing off
\echo '---- auto-renew data ----'
select d as benchmark_day from ar_today;
select (select count(*) from cloud_resource where auto_renew_enabled) as auto_renew_on,
       (select count(*) from cloud_resource where next_auto_renew_on is not null) as scheduled,
       (select count(*) from cloud_resource
         where next_auto_renew_on <= (select d from ar_today)
           and expires_at >= ((select d from ar_today) + 1)::timestamp at time zone :'zone') as due_today,
       (select count(*) from bench_auto_renew_due where expected = 'RENEWED') as expect_renewed,
       (select count(*) from bench_auto_renew_due where expected = 'INSUFFICIENT_BALANCE') as expect_insufficient,
       (select count(distinct account_id) from bench_auto_renew_due) as accounts_with_due,
       (select count(*) from account where email is null or email = '') as accounts_without_email;
-- consistency: every scheduled resource follows the rule, nothing else is scheduled
select count(*) filter (where r.next_auto_renew_on is distinct from
                              case when r.auto_renew_enabled then (r.expires_at at time zone :'zone')::date - p.auto_renew_lead_days end)
           as schedule_mismatches,
       count(*) filter (where r.auto_renew_enabled and not (r.auto_renew_months::text = any (string_to_array(p.allowed_months, ','))))
           as months_not_allowed,
       count(*) filter (where r.auto_renew_enabled and (r.trial or r.billing_method <> 'SUBSCRIPTION' or r.status <> 'RUNNING'
                                                        or (r.channel <> 'CONSOLE' and not p.auto_renew_for_reseller_and_api)))
           as not_eligible
  from cloud_resource r join product_rule p on p.product_type = r.product_type;
select product_type, auto_renew_months as months, count(*) as due,
       sum(amount_fen) / 100 as charges_cny
  from bench_auto_renew_due d join cloud_resource r on r.id = d.resource_id
 group by 1, 2 order by 1, 2;
select next_auto_renew_on - (select d from ar_today) as days_from_today, count(*)
  from cloud_resource where next_auto_renew_on is not null
 group by 1 order by 1 limit 12;
