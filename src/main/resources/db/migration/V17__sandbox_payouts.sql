-- Issue 10, finance back office: the sandbox payout provider's own book (payout.SandboxPayoutProvider).
-- One row per payout key: a retried submit with the same key finds the row instead of paying again.
-- The outcome is planned when the payout is accepted (failure_code null = it will be paid) and
-- becomes visible (status PAID or FAILED) once pay_at has passed on the business clock.
create table sandbox_payout (
    id             bigserial    primary key,
    payout_key     varchar(40)  not null unique,
    ref            varchar(60)  not null unique,
    amount_fen     bigint       not null check (amount_fen > 0),
    route          varchar(12)  not null check (route in ('ORIGINAL', 'DESIGNATED')),
    payee_account  varchar(40),
    status         varchar(10)  not null check (status in ('PENDING', 'PAID', 'FAILED')),
    failure_code   varchar(30)  check (failure_code in ('ACCOUNT_INFO_WRONG', 'BANK_INFO_WRONG',
                                   'ACCOUNT_ABNORMAL', 'NAME_MISMATCH', 'ORIGINAL_ROUTE_EXPIRED')),
    created_at     timestamptz  not null,
    pay_at         timestamptz  not null,
    finished_at    timestamptz,
    constraint finished_has_moment check ((status = 'PENDING') = (finished_at is null))
);

-- The payout job's due rows: approved withdrawals still waiting for their payout (submitted or not).
create index withdrawal_awaiting_payout on withdrawal (id) where status = 'APPROVED_AWAITING_PAYOUT';
