-- Message center and e-mail outbox. A notice is what the console told an account; it is written
-- in the business transaction that caused it, together with its e-mail (rendered, ready to send)
-- in mail_outbox. A dispatcher sends the outbox after commit and retries on failure.

create table notice (
    id            bigserial primary key,
    account_id    bigint       not null references account (id),
    kind          varchar(30)  not null check (kind in ('EXPIRY_REMINDER', 'RELEASE_WARNING', 'AUTO_RENEW_ENABLED',
                                                       'AUTO_RENEW_MODIFIED', 'AUTO_RENEW_CANCELLED', 'BALANCE_LOW',
                                                       'RENEWAL_SUCCEEDED')),
    -- one notice per account and key ("each expiry point once, never twice"); chosen by the publisher
    dedupe_key    varchar(200) not null,
    -- the facts the notice states; unused ones are null. No foreign keys on resource and order:
    -- a notice is a record of what was said and must not hold those rows back.
    resource_id   bigint,
    resource_name varchar(120),
    product_type  varchar(30),
    expires_at    timestamptz,
    release_at    timestamptz,
    months        int,
    amount_fen    bigint,
    missing_fen   bigint,
    order_id      bigint,
    days_before   int,
    created_at    timestamptz  not null,
    read_at       timestamptz,
    constraint notice_once_per_key unique (account_id, dedupe_key)
);
-- the message center: one account's notices, newest first
create index notice_account_created on notice (account_id, created_at desc, id desc);
-- the header's unread count and the "unread only" list
create index notice_account_unread on notice (account_id, created_at desc, id desc) where read_at is null;

create table mail_outbox (
    id              bigserial primary key,
    notice_id       bigint        unique references notice (id),
    account_id      bigint        not null references account (id),
    recipient       varchar(200)  not null,
    subject         varchar(300)  not null,
    body_text       text          not null,
    body_html       text          not null,
    created_at      timestamptz   not null,
    attempts        int           not null default 0 check (attempts >= 0),
    -- null once sent, or after the last allowed attempt failed
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
-- what the dispatcher claims: unsent mails by due time
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create index mail_outbox_account on mail_outbox (account_id);
