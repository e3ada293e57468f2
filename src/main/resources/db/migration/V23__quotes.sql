-- Renewal quotes (SPEC 5, 导出续费清单): priced like a renewal order, but renew nothing and charge nothing.
-- The number is "Q" + the business date + a sequence (Q20261201000001).
create sequence quote_number_seq;

create table quote (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id),
    number       varchar(32)  not null unique,
    created_at   timestamptz  not null,
    valid_until  timestamptz  not null,
    total_fen    bigint       not null check (total_fen >= 0)
);
create index quote_account on quote (account_id, id);

create table quote_line (
    id              bigint generated always as identity primary key,
    quote_id        bigint       not null references quote (id),
    resource_id     bigint       not null references cloud_resource (id),
    resource_name   varchar(120) not null,
    product_type    varchar(30)  not null references product_rule (product_type),
    months          int          not null check (months > 0),
    unit_price_fen  bigint       not null check (unit_price_fen >= 0),
    amount_fen      bigint       not null check (amount_fen >= 0),
    expiry_before   timestamptz,
    expiry_after    timestamptz
);
create index quote_line_quote on quote_line (quote_id, id);
