-- Issue 11 (SPEC 6, 7, 12, 13, 14): what holds money back. PAYG usage and monthly bills (arrears),
-- scheduled release and overdue stops, unsubscribe refunds, invoices and invoice debt.
-- Money columns are bigint fen; moments timestamptz; business months and dates are date (billing.zone).

-- Product data for PAYG overdue handling and unsubscribing (SPEC 12, 13): data, not code.
alter table product_rule add column payg_grace_days int not null default 1 check (payg_grace_days >= 0);
alter table product_rule add column payg_overdue_release_days int not null default 15
    check (payg_overdue_release_days > 0);
alter table product_rule add column unsubscribable boolean not null default true;
-- Wanwang domains cannot be unsubscribed (SPEC 13)
update product_rule set unsubscribable = false where product_type in ('DOMAIN', 'DOMAIN_HK');

-- Auto-repay (SPEC 12): a new bill and money arriving pay arrears at once; on by default.
alter table account add column auto_repay boolean not null default true;

-- PAYG resources: stopped for arrears (欠费停机), a scheduled release time (SPEC 6).
alter table cloud_resource drop constraint cloud_resource_status_check;
alter table cloud_resource add constraint cloud_resource_status_check
    check (status in ('RUNNING', 'EXPIRED', 'STOPPED', 'RELEASED'));
alter table cloud_resource add column release_at timestamptz;
alter table cloud_resource add column stopped_at timestamptz;
-- why a resource was released: its window passed (lifecycle), the customer (now or at release_at),
-- an unsubscribe, or arrears past the overdue window
alter table cloud_resource add column release_reason varchar(20)
    check (release_reason in ('WINDOW_PASSED', 'CUSTOMER', 'SCHEDULED', 'UNSUBSCRIBED', 'OVERDUE'));
alter table cloud_resource add constraint only_payg_stops check (status <> 'STOPPED' or billing_method = 'PAYG');
create index cloud_resource_release_due on cloud_resource (release_at)
    where release_at is not null and status <> 'RELEASED';
create index cloud_resource_payg_account on cloud_resource (account_id) where billing_method = 'PAYG';

-- A monthly bill (SPEC 12): one per account and business month, a line per resource. paid_fen grows
-- with each payment (auto-repay at month close, money arriving, pay by hand); what is left is arrears.
create table bill (
    id          bigserial primary key,
    account_id  bigint      not null references account (id),
    -- first day of the billed business month
    month       date        not null check (extract(day from month) = 1),
    amount_fen  bigint      not null check (amount_fen > 0),
    paid_fen    bigint      not null default 0,
    -- the day after which unpaid arrears count as overdue is issued_on + product grace (per resource)
    issued_at   timestamptz not null,
    paid_at     timestamptz,
    version     bigint      not null default 0,
    constraint bill_once_per_month unique (account_id, month),
    constraint bill_paid_within check (paid_fen >= 0 and paid_fen <= amount_fen),
    constraint bill_paid_has_time check ((paid_fen = amount_fen) = (paid_at is not null))
);
create index bill_account_month on bill (account_id, month desc, id desc);
create index bill_unpaid on bill (account_id, issued_at, id) where paid_fen < amount_fen;

create table bill_line (
    id          bigserial primary key,
    bill_id     bigint      not null references bill (id),
    resource_id bigint      not null references cloud_resource (id),
    amount_fen  bigint      not null check (amount_fen >= 0),
    usage_count int         not null check (usage_count > 0),
    constraint bill_line_once unique (bill_id, resource_id)
);

-- Usage charges reported by provisioning systems (SPEC 12). charged_fen is what is billed: the part
-- after a scheduled release (or after the release) is dropped, with the reason (SPEC 6).
create table usage_record (
    id              bigserial primary key,
    account_id      bigint      not null references account (id),
    resource_id     bigint      not null references cloud_resource (id),
    amount_fen      bigint      not null check (amount_fen >= 0),
    charged_fen     bigint      not null,
    dropped_reason  varchar(30) check (dropped_reason in ('AFTER_SCHEDULED_RELEASE', 'AFTER_RELEASE')),
    period_from     timestamptz not null,
    period_to       timestamptz not null,
    -- first day of the business month the usage is billed in (the month of period_from)
    month           date        not null check (extract(day from month) = 1),
    bill_id         bigint      references bill (id),
    idempotency_key varchar(64) not null unique,
    created_at      timestamptz not null,
    constraint usage_period check (period_from < period_to),
    constraint usage_charged_within check (charged_fen >= 0 and charged_fen <= amount_fen),
    constraint usage_drop_has_reason check ((charged_fen < amount_fen) = (dropped_reason is not null))
);
create index usage_record_unbilled on usage_record (account_id, month, resource_id) where bill_id is null;
create index usage_record_resource on usage_record (resource_id, period_from desc);

-- An unsubscribe refund (SPEC 13): the unused whole days of each paid renewal, newest first, back in
-- the proportions it was paid (cash to cash, credit to credit; the voucher part is not refunded).
create table refund (
    id              bigserial primary key,
    account_id      bigint      not null references account (id),
    resource_id     bigint      not null references cloud_resource (id),
    cash_fen        bigint      not null check (cash_fen >= 0),
    credit_fen      bigint      not null check (credit_fen >= 0),
    voucher_fen     bigint      not null check (voucher_fen >= 0),
    requested_by    bigint      references app_user (id),
    idempotency_key varchar(64) not null,
    created_at      timestamptz not null,
    constraint refund_key_once unique (account_id, idempotency_key),
    constraint refund_once_per_resource unique (resource_id)
);
create index refund_account_created on refund (account_id, created_at desc, id desc);

create table refund_line (
    id            bigserial primary key,
    refund_id     bigint not null references refund (id),
    order_id      bigint not null references orders (id),
    order_line_id bigint not null references order_line (id) unique,
    days_left     int    not null check (days_left >= 0),
    days_total    int    not null check (days_total > 0 and days_left <= days_total),
    cash_fen      bigint not null check (cash_fen >= 0),
    credit_fen    bigint not null check (credit_fen >= 0),
    voucher_fen   bigint not null check (voucher_fen >= 0)
);
create index refund_line_order on refund_line (order_id);

-- Invoice titles (抬头, SPEC 14). Special invoices need an enterprise title with all its fields.
create table invoice_title (
    id           bigserial primary key,
    account_id   bigint       not null references account (id),
    type         varchar(12)  not null check (type in ('PERSONAL', 'ENTERPRISE')),
    name         varchar(100) not null,
    tax_id       varchar(18),
    address      varchar(200),
    phone        varchar(30),
    bank         varchar(100),
    bank_account varchar(40),
    created_at   timestamptz  not null,
    deleted      boolean      not null default false,
    constraint enterprise_has_tax_id check (type <> 'ENTERPRISE' or tax_id is not null)
);
create index invoice_title_account on invoice_title (account_id, id) where not deleted;

create table invoice (
    id                 bigserial primary key,
    account_id         bigint       not null references account (id),
    title_id           bigint       not null references invoice_title (id),
    kind               varchar(10)  not null check (kind in ('GENERAL_E', 'SPECIAL')),
    amount_fen         bigint       not null check (amount_fen > 0),
    status             varchar(20)  not null check (status in
        ('PENDING_REVIEW', 'ISSUED', 'REJECTED', 'CANCELLED', 'RETURN_REQUESTED', 'RETURNED')),
    email              varchar(200) not null,
    -- the title as it was when applied for (printed on the invoice)
    title_type         varchar(12)  not null,
    title_name         varchar(100) not null,
    title_tax_id       varchar(18),
    title_address      varchar(200),
    title_phone        varchar(30),
    title_bank         varchar(100),
    title_bank_account varchar(40),
    number             varchar(20)  unique,
    issued_on          date,
    pdf                bytea,
    reject_reason      varchar(500),
    return_reason      varchar(500),
    return_refusal     varchar(500),
    requested_by       bigint       not null references app_user (id),
    reviewed_by        bigint       references app_user (id),
    idempotency_key    varchar(64)  not null,
    created_at         timestamptz  not null,
    reviewed_at        timestamptz,
    returned_at        timestamptz,
    version            bigint       not null default 0,
    constraint invoice_key_once unique (account_id, idempotency_key),
    constraint issued_has_number check (status not in ('ISSUED', 'RETURN_REQUESTED', 'RETURNED')
        or (number is not null and issued_on is not null))
);
create index invoice_account_created on invoice (account_id, created_at desc, id desc);
create index invoice_status_created on invoice (status, created_at, id);

-- What an invoice covers: each item names one paid order or one paid bill.
create table invoice_item (
    id         bigserial primary key,
    invoice_id bigint not null references invoice (id),
    order_id   bigint references orders (id),
    bill_id    bigint references bill (id),
    amount_fen bigint not null check (amount_fen > 0),
    constraint invoice_item_names_one check ((order_id is null) <> (bill_id is null))
);
create index invoice_item_invoice on invoice_item (invoice_id);
create index invoice_item_order on invoice_item (order_id) where order_id is not null;
create index invoice_item_bill on invoice_item (bill_id) where bill_id is not null;

-- Invoice debt (欠票, SPEC 14): the invoiced part of a refunded order. remaining_fen is what is not
-- cleared yet (by offsets or by returning the invoice); it freezes as much cash (SPEC 7).
create table invoice_debt (
    id            bigserial primary key,
    account_id    bigint      not null references account (id),
    invoice_id    bigint      not null references invoice (id),
    order_id      bigint      not null references orders (id),
    refund_id     bigint      not null references refund (id),
    amount_fen    bigint      not null check (amount_fen > 0),
    remaining_fen bigint      not null,
    created_at    timestamptz not null,
    cleared_at    timestamptz,
    cleared_by    varchar(10) check (cleared_by in ('OFFSET', 'RETURN')),
    version       bigint      not null default 0,
    constraint debt_remaining_within check (remaining_fen >= 0 and remaining_fen <= amount_fen),
    constraint debt_cleared_has_time check ((remaining_fen = 0) = (cleared_at is not null))
);
create index invoice_debt_open on invoice_debt (account_id, created_at, id) where remaining_fen > 0;

-- New consumption used up to offset a debt (not invoiced). Finance may undo an offset within the
-- month it was made (undone_at, undone_by, with an audit entry).
create table invoice_debt_offset (
    id         bigserial primary key,
    debt_id    bigint      not null references invoice_debt (id),
    order_id   bigint      references orders (id),
    bill_id    bigint      references bill (id),
    -- the application that offset the debt before invoicing the rest (null: offset on the debt page)
    invoice_id bigint      references invoice (id),
    amount_fen bigint      not null check (amount_fen > 0),
    created_by bigint      references app_user (id),
    created_at timestamptz not null,
    undone_at  timestamptz,
    undone_by  bigint      references app_user (id),
    constraint offset_names_one check ((order_id is null) <> (bill_id is null))
);
create index invoice_debt_offset_debt on invoice_debt_offset (debt_id);
create index invoice_debt_offset_order on invoice_debt_offset (order_id) where order_id is not null;
create index invoice_debt_offset_bill on invoice_debt_offset (bill_id) where bill_id is not null;

-- The ledger learns bill payments; refunds (REFUND already exists) name their refund.
alter table ledger_entry drop constraint ledger_entry_entry_type_check;
alter table ledger_entry add constraint ledger_entry_entry_type_check check (entry_type in
    ('TOP_UP', 'PAYMENT', 'VOUCHER_GRANT', 'REFUND', 'WITHDRAWAL', 'ADJUSTMENT',
     'WITHDRAWAL_RETURN', 'TRANSFER_OUT', 'TRANSFER_IN', 'TRANSFER_RECALL', 'BILL_PAYMENT'));
alter table ledger_entry add column bill_id bigint references bill (id);
alter table ledger_entry add column refund_id bigint references refund (id);
