-- A provider's first start (issue 7, section 5): staff e-mail addresses, the audit log, one-time
-- password setup links, and outbox mails that belong to no account (a staff user's setup mail).

-- Staff have no account, so their setup mail needs an address of their own. Customers' mail goes
-- to the account's address.
alter table app_user add column email varchar(200);

-- Who did what to whom, written in the same transaction as the change. Append-only: a trigger
-- refuses UPDATE and DELETE, as for the ledger.
create table audit_log (
    id             bigserial primary key,
    at             timestamptz   not null,
    -- the acting user; null for the console itself (bootstrap, demo data) and for anonymous
    -- requests (a setup link acts for its own user, named in target)
    actor_user_id  bigint references app_user (id),
    actor          varchar(64)   not null,
    action         varchar(40)   not null,
    target_user_id bigint references app_user (id),
    target         varchar(200),
    details        varchar(1000)
);
create index audit_log_recent on audit_log (at desc, id desc);
create index audit_log_target on audit_log (target_user_id, at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();

-- A one-time link to choose a password, valid 24 hours. Only a SHA-256 of the token is stored;
-- the mail holds the token itself.
create table password_setup_token (
    token_hash varchar(64) primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_setup_token_user on password_setup_token (user_id, created_at desc);

-- A staff user's setup mail belongs to no account.
alter table mail_outbox alter column account_id drop not null;
