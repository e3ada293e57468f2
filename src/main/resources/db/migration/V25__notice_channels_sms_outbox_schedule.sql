-- Issue 12: notices by e-mail and SMS. The operator's notice schedule (reminder points, warning days)
-- and which channels each kind may use; the customer's choice per kind; the SMS outbox.

-- NOTE for merges: a later migration that redefines notice_kind_check must keep these kinds.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check
    check (kind in ('EXPIRY_REMINDER', 'RELEASE_WARNING', 'AUTO_RENEW_ENABLED', 'AUTO_RENEW_MODIFIED',
                    'AUTO_RENEW_CANCELLED', 'BALANCE_LOW', 'RENEWAL_SUCCEEDED', 'LOGIN_LOCKED',
                    'BILL_ISSUED', 'ARREARS', 'PAYG_STOP_WARNING', 'PAYG_STOPPED', 'PAYG_RESTARTED',
                    'RESOURCE_RELEASED', 'RESOURCE_UNSUBSCRIBED',
                    'AUTO_RENEW_FUNDS_SHORT', 'DATA_LOSS_WARNING'));

-- One row, edited on /admin/notice-schedule; every instance reads it when a sweep runs.
-- Day lists are comma-separated whole days, distinct, largest first.
create table notice_schedule (
    id                  int          primary key default 1 check (id = 1),
    -- days before expiry on which the customer is reminded (0 = on expiry day)
    expiry_days         varchar(100) not null,
    -- days before release (inside the window after expiry) on which the customer is warned
    release_days        varchar(100) not null,
    -- days before an auto-renewal's first attempt on which a shortfall of money is announced (0 = off)
    funds_warning_days  int          not null check (funds_warning_days between 0 and 60),
    -- days before a data-deleting release (RELEASED_DATA_DELETED products) on which the customer is warned
    data_loss_days      varchar(100) not null,
    -- from this many days before that release on, the warning goes by SMS as well as e-mail
    data_loss_sms_days  int          not null check (data_loss_sms_days between 0 and 60),
    version             int          not null default 0,
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(100)
);
insert into notice_schedule (expiry_days, release_days, funds_warning_days, data_loss_days, data_loss_sms_days)
values ('15,7,3,1,0', '1', 3, '7,3,1', 3);

-- The operator's side of the channels: which a kind may use, and which are on for a customer who
-- has not chosen. A kind without a row goes by e-mail only.
create table notice_channel (
    kind           varchar(40)  primary key,
    email_allowed  boolean      not null,
    sms_allowed    boolean      not null,
    email_default  boolean      not null,
    sms_default    boolean      not null,
    check (email_allowed or not email_default),
    check (sms_allowed or not sms_default)
);
insert into notice_channel values
 ('EXPIRY_REMINDER',        true, true,  true, false),
 ('RELEASE_WARNING',        true, true,  true, false),
 ('AUTO_RENEW_ENABLED',     true, false, true, false),
 ('AUTO_RENEW_MODIFIED',    true, false, true, false),
 ('AUTO_RENEW_CANCELLED',   true, false, true, false),
 ('BALANCE_LOW',            true, true,  true, false),
 ('RENEWAL_SUCCEEDED',      true, true,  true, false),
 ('LOGIN_LOCKED',           true, true,  true, false),
 ('BILL_ISSUED',            true, false, true, false),
 ('ARREARS',                true, true,  true, false),
 ('PAYG_STOP_WARNING',      true, true,  true, false),
 ('PAYG_STOPPED',           true, true,  true, false),
 ('PAYG_RESTARTED',         true, false, true, false),
 ('RESOURCE_RELEASED',      true, true,  true, false),
 ('RESOURCE_UNSUBSCRIBED',  true, false, true, false),
 ('AUTO_RENEW_FUNDS_SHORT', true, true,  true, false),
 ('DATA_LOSS_WARNING',      true, true,  true, false);

-- The customer's choice for one kind; no row = the kind's defaults.
create table notice_preference (
    account_id  bigint       not null references account (id),
    kind        varchar(40)  not null,
    email       boolean      not null,
    sms         boolean      not null,
    updated_at  timestamptz  not null,
    primary key (account_id, kind)
);

-- A notice's text message waiting until the SMS provider took it; same guarantees as mail_outbox.
create table sms_outbox (
    id              bigserial     primary key,
    notice_id       bigint        not null unique references notice (id),
    account_id      bigint        not null references account (id),
    phone           varchar(30)   not null,
    text            varchar(500)  not null,
    created_at      timestamptz   not null,
    attempts        int           not null default 0 check (attempts >= 0),
    -- null once sent, or after the last allowed attempt failed
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index sms_outbox_due on sms_outbox (next_attempt_at) where sent_at is null;
create index sms_outbox_account on sms_outbox (account_id);
