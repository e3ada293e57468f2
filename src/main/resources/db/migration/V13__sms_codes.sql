-- SMS verification codes (SPEC 8, "Decisions the seed leaves open"): every withdrawal is confirmed
-- with a code sent to the account's bound security phone. 6 digits from a secure random source,
-- valid 5 minutes, single use, at most 5 wrong tries, at most one code a minute per phone.

-- One code sent to one phone for one account and purpose. Only a SHA-256 of the code is stored; the
-- SMS holds the code itself. A new code of the same account and purpose ends the older unused ones
-- (their expires_at is moved to the moment the new one was sent); only the newest code is accepted.
create table sms_code (
    id          bigserial primary key,
    account_id  bigint       not null references account (id),
    -- the security phone the code went to, without spaces and dashes: a code stops working when the
    -- account's phone changes
    phone       varchar(30)  not null,
    purpose     varchar(20)  not null check (purpose in ('WITHDRAWAL')),
    code_hash   varchar(64)  not null check (code_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    -- set when the code was accepted, or when its last allowed wrong try burned it
    used_at     timestamptz,
    wrong_tries int          not null default 0 check (wrong_tries >= 0)
);
comment on table sms_code is 'SMS verification codes; code_hash is the SHA-256 (hex) of the code, never the code';
-- the newest (last sent) code of an account and purpose (consume), and the newest code sent to a phone
-- (resend pause)
create index sms_code_account_purpose on sms_code (account_id, purpose, id desc);
create index sms_code_phone on sms_code (phone, created_at desc);

-- The sandbox sender's outbox: no SMS provider is reachable here, so the sandbox keeps what it would
-- have sent; operators read it (GET /api/v1/admin/sms) while the test clock is on. A real provider
-- writes nothing here.
create table sms_message (
    id      bigserial primary key,
    phone   varchar(30)   not null,
    text    varchar(500)  not null,
    sent_at timestamptz   not null
);
comment on table sms_message is 'Outbox of the sandbox SMS sender (no real provider); read by operators with the test clock on';
create index sms_message_phone on sms_message (phone, sent_at desc, id desc);
