-- The set-based bound of the AUTO_RENEW sweep: the same renewals the app's sweep makes for business
-- day :day, as a few set-based statements in ONE transaction, run by src/bench/sweep.sh on a copy of
-- the same data (create database ... template ...). Sweep time / this time is the ratio in the README.
--
--   psql -X -v ON_ERROR_STOP=1 -d COPY -v day=2026-12-01 -v zone=Asia/Shanghai -v full=1 -f src/bench/sweep-bound.sql
--
--   full=0  orders, order lines, ledger entries, balances, expiries, next attempt days
--   full=1  the same plus one auto_renew_attempt row, one notice and one outbox mail per attempt
--           (the mail's text is a format() of the facts with the length of the app's rendered mail)
--
-- The due rows and their accounts are locked (for update) as the app's attempts lock them. Each account
-- pays its due resources in (next attempt day, id) order, the sweep's order, from cash and then its credit
-- line (LedgerService.pay); a resource the account can no longer pay is voided for INSUFFICIENT_BALANCE
-- and tried again the next day (unless that is its expiry day). Simplifications, all true of the data
-- generate.sql and generate-auto-renew.sql make: no vouchers, transferred-in funds or recharge sources are
-- spent (the generator makes none), and an account that cannot pay one resource pays none after it (the
-- generator's accounts either cover all their due charges or have nothing). The "still renewable" checks
-- (on, subscription, not trial, before expiry) are applied in the due query.
\set ON_ERROR_STOP on
\if :{?full}
\else
\set full 1
\endif
set client_min_messages = warning;
set work_mem = '256MB';

begin;

-- the due resources, locked (the app: account lock, then a skip-locked claim of the resource)
create temp table b_due on commit drop as
select r.id, r.account_id, r.name, r.product_type, r.expires_at, r.auto_renew_months as months,
       r.monthly_price_fen * r.auto_renew_months as amount, r.next_auto_renew_on,
       p.auto_renew_lead_days as lead
  from cloud_resource r
  join product_rule p on p.product_type = r.product_type
 where r.next_auto_renew_on <= :'day'::date
   and r.auto_renew_enabled and r.auto_renew_months is not null
   and r.billing_method = 'SUBSCRIPTION' and not r.trial
   and :'day'::date < (r.expires_at at time zone :'zone')::date and now() < r.expires_at
   for update of r;

create temp table b_acc on commit drop as
select a.id, a.cash_balance_fen as cash, a.credit_line_fen as credit, a.email
  from account a
 where a.id in (select account_id from b_due)
   for update;

-- each attempt in the sweep's order, with what the account had before it
create temp table b_att on commit drop as
select d.*, t.running, a.cash - (t.running - d.amount) as cash_before, a.cash, a.credit, a.email,
       (t.running <= a.cash + a.credit) as paid,
       nextval('orders_id_seq') as order_id
  from b_due d
  join (select id, sum(amount) over (partition by account_id order by next_auto_renew_on, id) as running
          from b_due) t on t.id = d.id
  join b_acc a on a.id = d.account_id;

alter table b_att add column from_cash bigint, add column from_credit bigint, add column new_expiry timestamptz;
update b_att
   set from_cash = case when paid then greatest(0, least(amount, cash_before)) else 0 end,
       new_expiry = case when paid
                         then ((expires_at at time zone :'zone') + make_interval(months => months)) at time zone :'zone' end;
update b_att set from_credit = case when paid then amount - from_cash else 0 end;

insert into orders (id, account_id, kind, status, void_reason, amount_fen, paid_voucher_fen, paid_cash_fen,
                    paid_credit_fen, created_at, paid_at, voided_at)
select order_id, account_id, 'AUTO_RENEWAL', case when paid then 'PAID' else 'VOIDED' end,
       case when paid then null else 'INSUFFICIENT_BALANCE' end, amount, 0, from_cash, from_credit, now(),
       case when paid then now() end, case when paid then null else now() end
  from b_att;

insert into order_line (order_id, resource_id, months, amount_fen, expiry_before, expiry_after)
select order_id, id, months, amount, case when paid then expires_at end, new_expiry from b_att;

insert into ledger_entry (account_id, entry_type, pocket, amount_fen, cash_balance_after_fen, order_id, created_at)
select account_id, 'PAYMENT', 'CASH', -from_cash, cash_before - from_cash, order_id, now()
  from b_att where paid and from_cash > 0
union all
select account_id, 'PAYMENT', 'CREDIT', -from_credit, cash - running, order_id, now()
  from b_att where paid and from_credit > 0;

update account a
   set cash_balance_fen = a.cash_balance_fen - s.spent, version = a.version + 1
  from (select account_id, sum(amount) as spent from b_att where paid group by account_id) s
 where a.id = s.account_id;

update cloud_resource r
   set expires_at = coalesce(b.new_expiry, r.expires_at),
       next_auto_renew_on = case
           when b.paid then (b.new_expiry at time zone :'zone')::date - b.lead
           when :'day'::date + 1 < (r.expires_at at time zone :'zone')::date then :'day'::date + 1
       end,
       version = r.version + 1
  from b_att b
 where r.id = b.id;

\if :full
insert into auto_renew_attempt (resource_id, account_id, business_date, period_expiry, months, order_id, outcome,
                                missing_fen, created_at)
select id, account_id, :'day'::date, expires_at, months, order_id,
       case when paid then 'RENEWED' else 'INSUFFICIENT_BALANCE' end,
       case when paid then null else amount - greatest(0, cash_before) - credit end, now()
  from b_att;

create temp table b_notice on commit drop as
select b.*, nextval('notice_id_seq') as notice_id from b_att b;

insert into notice (id, account_id, kind, dedupe_key, resource_id, resource_name, product_type, expires_at, months,
                    amount_fen, missing_fen, order_id, created_at)
select notice_id, account_id, case when paid then 'RENEWAL_SUCCEEDED' else 'BALANCE_LOW' end,
       case when paid then 'renewed:' || order_id || ':' || id else 'balance-low:' || id || ':' || :'day' end,
       id, name, product_type, coalesce(new_expiry, expires_at), months, amount,
       case when paid then null else amount - greatest(0, cash_before) - credit end, order_id, now()
  from b_notice;

insert into mail_outbox (notice_id, account_id, recipient, subject, body_text, body_html, created_at, attempts,
                         next_attempt_at)
select notice_id, account_id, trim(email),
       case when paid then '续费成功：' || name else '余额不足，自动续费未成功：' || name end,
       rpad(format('%s %s %s 个月 %s 元 订单 %s 到期 %s', name, product_type, months, amount / 100.0, order_id,
                   coalesce(new_expiry, expires_at)), 296, ' .'),
       rpad(format('<html><body><p>%s %s %s 个月 %s 元 订单 %s 到期 %s</p>', name, product_type, months,
                   amount / 100.0, order_id, coalesce(new_expiry, expires_at)), 1045, ' .') || '</body></html>',
       now(), 0, now()
  from b_notice
 where email is not null and btrim(email) <> '';
\endif

select count(*) filter (where paid) as renewed, count(*) filter (where not paid) as voided from b_att;
commit;
