-- Console foundation: accounts and users, product rules, resources, orders, ledger.
-- Money columns are bigint fen (0.01 CNY); moments are timestamptz.

create table account (
    id                 bigserial primary key,
    display_name       varchar(100) not null,
    email              varchar(200),
    phone              varchar(30),
    language           varchar(5)   not null default 'zh',
    status             varchar(20)  not null default 'NORMAL' check (status in ('NORMAL', 'FROZEN', 'CLOSED')),
    real_name_verified boolean      not null default false,
    -- enterprise multi-account: a master account sees its members (withdrawal issue)
    master_account_id  bigint references account (id),
    cash_balance_fen   bigint       not null default 0,
    credit_line_fen    bigint       not null default 0 check (credit_line_fen >= 0),
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint cash_within_credit_line check (cash_balance_fen >= -credit_line_fen)
);

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    role          varchar(20)  not null check (role in ('CUSTOMER', 'FINANCE', 'OPERATOR')),
    account_id    bigint references account (id),
    language      varchar(5)   not null default 'zh',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    constraint customer_has_account check (role <> 'CUSTOMER' or account_id is not null)
);
create index app_user_account on app_user (account_id);

-- A console login. Only a SHA-256 of the cookie's token is kept; logout deletes the row.
create table user_session (
    token_hash varchar(64) primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index user_session_user on user_session (user_id);

create table product_rule (
    product_type                     varchar(30)  primary key,
    family                           varchar(20)  not null check (family in ('WANWANG', 'CLOUD')),
    name_zh                          varchar(60)  not null,
    name_en                          varchar(60)  not null,
    renew_window_days                int          not null check (renew_window_days >= 0),
    after_window                     varchar(30)  not null check (after_window in ('EXPIRED_FOR_GOOD', 'RELEASED', 'RELEASED_DATA_DELETED')),
    auto_renew_lead_days             int          not null check (auto_renew_lead_days > 0),
    -- Wanwang: auto-renew may be set or cancelled only while at least this many days remain
    auto_renew_change_min_days       int          check (auto_renew_change_min_days > 0),
    -- cloud: auto-renew may not be set when the resource expires within this many days
    auto_renew_blocked_within_days   int          not null default 0 check (auto_renew_blocked_within_days >= 0),
    auto_renew_for_reseller_and_api  boolean      not null,
    allowed_months                   varchar(100) not null,
    per_resource_duration            boolean      not null,
    monthly_price_fen                bigint       not null check (monthly_price_fen >= 0),
    sort_order                       int          not null,
    updated_at                       timestamptz  not null default now()
);

insert into product_rule values
 ('DOMAIN',          'WANWANG', '域名',       'Domain',            30, 'EXPIRED_FOR_GOOD',      15, 20, 0, false, '12,24,36,48,60',                     true,   575, 10),
 ('DOMAIN_HK',       'WANWANG', '.hk 域名',   '.hk domain',        28, 'EXPIRED_FOR_GOOD',      15, 20, 0, false, '12,24,36,48,60',                     true,  1700, 20),
 ('VIRTUAL_HOST',    'WANWANG', '云虚拟主机', 'Virtual host',      15, 'RELEASED_DATA_DELETED', 15, 20, 0, false, '1,2,3,4,5,6,7,8,9,12,24,36,48,60', false,  2500, 30),
 ('SITE_BUILDER',    'WANWANG', '建站',       'Site builder',      30, 'RELEASED',              15, 20, 0, false, '12,24,36,48,60',                     false,  5000, 40),
 ('ENTERPRISE_MAIL', 'WANWANG', '企业邮箱',   'Enterprise mail',   30, 'RELEASED',              15, 20, 0, false, '1,2,3,4,5,6,7,8,9,12,24,36,48,60', true,   1500, 50),
 ('ECS',             'CLOUD',   '云服务器 ECS', 'ECS cloud server', 15, 'RELEASED',               9, null, 1, true, '1,2,3,4,5,6,7,8,9,12,24,36,48,60', true,   9900, 60),
 ('RDS',             'CLOUD',   '云数据库 RDS', 'RDS database',     15, 'RELEASED',               9, null, 1, true, '1,2,3,4,5,6,7,8,9,12,24,36,48,60', false, 19900, 70);

create table cloud_resource (
    id                 bigserial primary key,
    account_id         bigint       not null references account (id),
    product_type       varchar(30)  not null references product_rule (product_type),
    name               varchar(120) not null,
    region             varchar(40)  not null,
    billing_method     varchar(20)  not null check (billing_method in ('SUBSCRIPTION', 'PAYG')),
    status             varchar(20)  not null check (status in ('RUNNING', 'EXPIRED', 'RELEASED')),
    expires_at         timestamptz,
    trial              boolean      not null default false,
    channel            varchar(20)  not null default 'CONSOLE' check (channel in ('CONSOLE', 'RESELLER', 'API')),
    monthly_price_fen  bigint       not null check (monthly_price_fen >= 0),
    auto_renew_enabled boolean      not null default false,
    auto_renew_months  int,
    released_at        timestamptz,
    data_deleted       boolean      not null default false,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint subscription_has_expiry check (billing_method = 'PAYG' or expires_at is not null)
);
create index cloud_resource_account_type_expiry on cloud_resource (account_id, product_type, expires_at, id);
create index cloud_resource_account_expiry on cloud_resource (account_id, expires_at, id);
-- the lifecycle sweep only looks at resources that are not released yet
create index cloud_resource_live_expiry on cloud_resource (expires_at) where status <> 'RELEASED';

create table orders (
    id               bigserial primary key,
    account_id       bigint      not null references account (id),
    kind             varchar(20) not null default 'RENEWAL' check (kind in ('RENEWAL')),
    status           varchar(20) not null check (status in ('UNPAID', 'PAID', 'VOIDED')),
    void_reason      varchar(30) check (void_reason in ('MANUAL', 'UNPAID_TIMEOUT', 'INSUFFICIENT_BALANCE')),
    amount_fen       bigint      not null check (amount_fen >= 0),
    paid_voucher_fen bigint      not null default 0,
    paid_cash_fen    bigint      not null default 0,
    paid_credit_fen  bigint      not null default 0,
    created_at       timestamptz not null,
    paid_at          timestamptz,
    voided_at        timestamptz,
    version          bigint      not null default 0,
    constraint voided_has_reason check ((status = 'VOIDED') = (void_reason is not null)),
    constraint paid_in_full check (status <> 'PAID' or paid_voucher_fen + paid_cash_fen + paid_credit_fen = amount_fen)
);
create index orders_account_created on orders (account_id, created_at desc, id desc);
create index orders_unpaid_created on orders (created_at) where status = 'UNPAID';

create table order_line (
    id             bigserial primary key,
    order_id       bigint      not null references orders (id),
    resource_id    bigint      not null references cloud_resource (id),
    months         int         not null check (months > 0),
    amount_fen     bigint      not null check (amount_fen >= 0),
    expiry_before  timestamptz,
    expiry_after   timestamptz
);
create index order_line_order on order_line (order_id);
create index order_line_resource on order_line (resource_id);

create table voucher (
    id             bigserial primary key,
    account_id     bigint       not null references account (id),
    name           varchar(100) not null,
    face_value_fen bigint       not null check (face_value_fen > 0),
    remaining_fen  bigint       not null check (remaining_fen >= 0),
    expires_at     timestamptz  not null,
    created_at     timestamptz  not null,
    constraint voucher_not_over_spent check (remaining_fen <= face_value_fen)
);
create index voucher_account on voucher (account_id, expires_at);

-- Append-only: every money move. Pockets CASH and CREDIT sum to account.cash_balance_fen,
-- the VOUCHER entries of one voucher sum to its remaining_fen.
create table ledger_entry (
    id                     bigserial primary key,
    account_id             bigint       not null references account (id),
    entry_type             varchar(30)  not null check (entry_type in ('TOP_UP', 'PAYMENT', 'VOUCHER_GRANT', 'REFUND', 'WITHDRAWAL', 'ADJUSTMENT')),
    pocket                 varchar(20)  not null check (pocket in ('CASH', 'CREDIT', 'VOUCHER')),
    amount_fen             bigint       not null check (amount_fen <> 0),
    cash_balance_after_fen bigint       not null,
    order_id               bigint references orders (id),
    voucher_id             bigint references voucher (id),
    note                   varchar(200),
    created_at             timestamptz  not null
);
create index ledger_entry_account_created on ledger_entry (account_id, created_at desc, id desc);

create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are append-only';
end $$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();

-- The test clock's offset, shared by every instance and kept over restarts.
create table clock_setting (
    id            int primary key check (id = 1),
    offset_millis bigint not null
);
