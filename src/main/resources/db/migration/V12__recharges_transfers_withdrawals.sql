-- Issue 10 (SPEC 7, 8, 10, 11): money in and out. Recharges through a gateway or recorded by
-- finance, transfers between the accounts of one enterprise, withdrawals with their review and
-- payout. Money columns are bigint fen; moments timestamptz; business dates date (billing.zone).

-- Banks and their original-route windows for online banking (SPEC 8 table): data, not code.
create table bank (
    code                  varchar(10) primary key,
    name_zh               varchar(40) not null,
    name_en               varchar(80) not null,
    personal_route_days   int         not null check (personal_route_days > 0),
    enterprise_route_days int         not null check (enterprise_route_days > 0),
    sort_order            int         not null
);
insert into bank values
 ('ICBC',  '中国工商银行',   'Industrial and Commercial Bank of China', 30, 180, 10),
 ('BOC',   '中国银行',       'Bank of China',                           30, 180, 20),
 ('CCB',   '中国建设银行',   'China Construction Bank',                180, 180, 30),
 ('ABC',   '中国农业银行',   'Agricultural Bank of China',             180, 180, 40),
 ('BOCOM', '交通银行',       'Bank of Communications',                 180, 180, 50),
 ('CMB',   '招商银行',       'China Merchants Bank',                    90,  90, 60),
 ('CIB',   '兴业银行',       'Industrial Bank',                         30, 180, 70),
 ('SPDB',  '浦发银行',       'Shanghai Pudong Development Bank',        30, 180, 80),
 ('CITIC', '中信银行',       'China CITIC Bank',                       180, 180, 90),
 ('CMBC',  '中国民生银行',   'China Minsheng Bank',                    180, 180, 100),
 ('CEB',   '中国光大银行',   'China Everbright Bank',                  180, 180, 110),
 ('PAB',   '平安银行',       'Ping An Bank',                           180, 180, 120),
 ('HXB',   '华夏银行',       'Hua Xia Bank',                           180, 180, 130),
 ('PSBC',  '中国邮政储蓄银行', 'Postal Savings Bank of China',         180, 180, 140),
 ('JSB',   '江苏银行',       'Bank of Jiangsu',                         30,  30, 150),
 ('NJCB',  '南京银行',       'Bank of Nanjing',                         30,  30, 160),
 ('HZCB',  '杭州银行',       'Bank of Hangzhou',                        30, 180, 170),
 ('GRCB',  '广州农商银行',   'Guangzhou Rural Commercial Bank',         30, 180, 180);

-- Transferred-in funds are part of the cash balance (SPEC 7): spent first, never withdrawable.
alter table account add column transferred_in_fen bigint not null default 0;
alter table account add constraint transferred_in_within_cash
    check (transferred_in_fen >= 0 and transferred_in_fen <= greatest(cash_balance_fen, 0));

-- A recharge order (SPEC 10). withdrawable_fen is what is left of it to withdraw: consumption and
-- outgoing transfers take the oldest recharge first, a withdrawal takes the recharge it names.
create table recharge (
    id               bigserial primary key,
    account_id       bigint       not null references account (id),
    channel          varchar(20)  not null check (channel in ('ALIPAY', 'WECHAT_PAY', 'ONLINE_BANKING', 'BANK_TRANSFER')),
    bank             varchar(10)  references bank (code),
    account_type     varchar(12)  check (account_type in ('PERSONAL', 'ENTERPRISE')),
    amount_fen       bigint       not null check (amount_fen > 0),
    status           varchar(10)  not null check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED')),
    -- what the gateway knows this payment by (online channels)
    gateway_ref      varchar(40)  unique,
    -- the paying account as the gateway or the remitter's bank reported it (shown masked)
    payer_account    varchar(40),
    payer_name       varchar(100),
    remitted_on      date,
    note             varchar(200),
    failure_reason   varchar(100),
    withdrawable_fen bigint       not null default 0,
    -- last business date on which the original route still works (SPEC 8 table, from bank data)
    route_until      date,
    created_by       bigint       references app_user (id),
    created_at       timestamptz  not null,
    paid_at          timestamptz,
    closed_at        timestamptz,
    version          bigint       not null default 0,
    constraint online_banking_names_bank check (channel <> 'ONLINE_BANKING' or (bank is not null and account_type is not null)),
    constraint paid_has_time check ((status = 'PAID') = (paid_at is not null)),
    constraint withdrawable_within_amount check (withdrawable_fen >= 0 and withdrawable_fen <= amount_fen),
    constraint only_paid_is_withdrawable check (status = 'PAID' or withdrawable_fen = 0)
);
create index recharge_account_created on recharge (account_id, created_at desc, id desc);
create index recharge_account_withdrawable on recharge (account_id, paid_at, id) where withdrawable_fen > 0;
create index recharge_pending on recharge (created_at) where status = 'PENDING';

-- Payment-gateway callbacks that were refused (bad signature, other amount, unknown order): kept
-- for finance to look at, never applied.
create table gateway_callback_refusal (
    id          bigserial primary key,
    gateway_ref varchar(40),
    reason      varchar(40)   not null,
    payload     varchar(2000) not null,
    received_at timestamptz   not null
);

-- A transfer from a master account to one of its members (SPEC 11). remaining_fen is what the
-- member has not spent yet nor given back; recalled_fen what the master took back.
create table transfer (
    id              bigserial primary key,
    from_account_id bigint       not null references account (id),
    to_account_id   bigint       not null references account (id),
    amount_fen      bigint       not null check (amount_fen > 0),
    remaining_fen   bigint       not null,
    recalled_fen    bigint       not null default 0,
    note            varchar(200),
    idempotency_key varchar(64)  not null,
    created_by      bigint       references app_user (id),
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint transfer_between_two check (from_account_id <> to_account_id),
    constraint transfer_parts check (remaining_fen >= 0 and recalled_fen >= 0 and remaining_fen + recalled_fen <= amount_fen),
    constraint transfer_key_once unique (from_account_id, idempotency_key)
);
create index transfer_from on transfer (from_account_id, created_at desc, id desc);
create index transfer_to on transfer (to_account_id, created_at, id);

-- Which of the master's recharges a transfer took withdrawable amount from; a recall gives it back.
create table transfer_source (
    transfer_id  bigint not null references transfer (id),
    recharge_id  bigint not null references recharge (id),
    taken_fen    bigint not null check (taken_fen > 0),
    restored_fen bigint not null default 0,
    primary key (transfer_id, recharge_id),
    constraint restored_within_taken check (restored_fen >= 0 and restored_fen <= taken_fen)
);

-- A withdrawal request (SPEC 8). The amount leaves the cash balance when it is confirmed and comes
-- back (a WITHDRAWAL_RETURN entry) when it is rejected or the payout fails.
create table withdrawal (
    id                 bigserial primary key,
    account_id         bigint       not null references account (id),
    requested_by       bigint       not null references app_user (id),
    kind               varchar(15)  not null check (kind in ('RECHARGE', 'NON_RECHARGE')),
    recharge_id        bigint       references recharge (id),
    amount_fen         bigint       not null check (amount_fen > 0),
    route              varchar(12)  not null check (route in ('ORIGINAL', 'DESIGNATED')),
    payee_type         varchar(10)  check (payee_type in ('ALIPAY', 'BANK_CARD')),
    payee_account      varchar(40),
    payee_name         varchar(100),
    branch_id          bigint,
    payee_bank         varchar(10)  references bank (code),
    payee_province     varchar(30),
    payee_city         varchar(30),
    payee_branch       varchar(100),
    reason             varchar(40),
    reason_text        varchar(500),
    status             varchar(30)  not null check (status in ('UNDER_REVIEW', 'REJECTED', 'APPROVED_AWAITING_PAYOUT', 'SUCCEEDED', 'FAILED')),
    risk_flags         varchar(100),
    needs_two_approvals boolean     not null default false,
    first_approved_by  bigint       references app_user (id),
    first_approved_at  timestamptz,
    approved_by        bigint       references app_user (id),
    approved_at        timestamptz,
    rejected_by        bigint       references app_user (id),
    reject_reason      varchar(500),
    failure_code       varchar(30),
    -- sent with every payout call: the provider pays one key once
    payout_key         varchar(40)  not null unique,
    payout_submitted_at timestamptz,
    payout_ref         varchar(60),
    idempotency_key    varchar(64)  not null,
    created_at         timestamptz  not null,
    finished_at        timestamptz,
    version            bigint       not null default 0,
    constraint withdrawal_key_once unique (account_id, idempotency_key),
    constraint recharge_kind_names_recharge check ((kind = 'RECHARGE') = (recharge_id is not null)),
    constraint designated_has_payee check (route <> 'DESIGNATED' or (payee_type is not null and payee_account is not null and payee_name is not null)),
    constraint non_recharge_is_designated check (kind <> 'NON_RECHARGE' or route = 'DESIGNATED')
);
create index withdrawal_account_created on withdrawal (account_id, created_at desc, id desc);
create index withdrawal_status_created on withdrawal (status, created_at, id);
create index withdrawal_recharge on withdrawal (recharge_id) where recharge_id is not null;

-- Proof files of a withdrawal (PDF, PNG, JPEG by content), kept in the database so that every
-- instance serves them; stored_name is generated, original_name only shown.
create table withdrawal_proof (
    id            bigserial primary key,
    withdrawal_id bigint       not null references withdrawal (id),
    stored_name   varchar(64)  not null unique,
    original_name varchar(200) not null,
    content_type  varchar(40)  not null,
    size_bytes    int          not null check (size_bytes > 0),
    content       bytea        not null,
    uploaded_by   bigint       not null references app_user (id),
    uploaded_at   timestamptz  not null
);
create index withdrawal_proof_withdrawal on withdrawal_proof (withdrawal_id, id);

-- The ledger learns the new moves; the TRANSFERRED pocket holds transferred-in funds, so the
-- pockets CASH, CREDIT and TRANSFERRED of an account sum to its cash balance and TRANSFERRED alone
-- to its transferred-in funds.
alter table ledger_entry drop constraint ledger_entry_entry_type_check;
alter table ledger_entry add constraint ledger_entry_entry_type_check check (entry_type in
    ('TOP_UP', 'PAYMENT', 'VOUCHER_GRANT', 'REFUND', 'WITHDRAWAL', 'ADJUSTMENT',
     'WITHDRAWAL_RETURN', 'TRANSFER_OUT', 'TRANSFER_IN', 'TRANSFER_RECALL'));
alter table ledger_entry drop constraint ledger_entry_pocket_check;
alter table ledger_entry add constraint ledger_entry_pocket_check check (pocket in ('CASH', 'CREDIT', 'VOUCHER', 'TRANSFERRED'));
alter table ledger_entry add column recharge_id bigint references recharge (id);
alter table ledger_entry add column transfer_id bigint references transfer (id);
alter table ledger_entry add column withdrawal_id bigint references withdrawal (id);

-- Real-name verification records the verified name: a designated payee must carry it (SPEC 8).
alter table account add column real_name varchar(100);
