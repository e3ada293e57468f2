package io.billingconsole.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts and sums of everything a refused request must leave alone: accounts and their money,
 * users, resources (expiries, auto-renewal, prices), orders, ledger, vouchers, notices read, the
 * test clock; users with their password hashes, e-mail, language and role, the audit log and the
 * password setup links. Two equal fingerprints around a request mean it changed nothing that matters.
 * (Sessions, job runs and the mail outbox are left out: logins and background jobs change them. The
 * login_throttle table is left out on purpose too: every failed login counts there, and a successful
 * one clears its username's count, so it changes with logins that are no change of data; a setup
 * mail is still seen, through the setup link and the audit entry written with it.)
 */
@ApplicationScoped
public class DatabaseFingerprint {

    private static final String SQL = """
            select concat_ws(' | ',
              (select 'account ' || count(*) || ':' || coalesce(sum(cash_balance_fen), 0) || ':'
                      || coalesce(sum(credit_line_fen), 0) || ':' || coalesce(sum(version), 0) || ':'
                      || coalesce(sum(length(display_name) + coalesce(length(email), 0) + coalesce(length(phone), 0)), 0)
                 from account),
              (select 'user ' || count(*) || ':' || count(*) filter (where enabled) || ':'
                      || md5(coalesce(string_agg(id || '/' || username || '/' || password_hash || '/' || role || '/'
                                                 || coalesce(email, '') || '/' || language || '/' || enabled,
                                                 ',' order by id), ''))
                 from app_user),
              (select 'audit ' || count(*) || ':' || coalesce(max(id), 0) from audit_log),
              (select 'setup ' || count(*) || ':' || count(*) filter (where used_at is not null) || ':'
                      || md5(coalesce(string_agg(token_hash || '/' || coalesce(used_at::text, ''), ','
                                                 order by token_hash), ''))
                 from password_setup_token),
              (select 'resource ' || count(*) || ':' || coalesce(sum(extract(epoch from expires_at)), 0) || ':'
                      || count(*) filter (where auto_renew_enabled) || ':' || coalesce(sum(auto_renew_months), 0)
                      || ':' || coalesce(sum(monthly_price_fen), 0) || ':' || coalesce(sum(version), 0)
                 from cloud_resource),
              (select 'orders ' || count(*) || ':' || coalesce(sum(amount_fen), 0) || ':'
                      || count(*) filter (where status = 'PAID') || ':' || count(*) filter (where status = 'VOIDED')
                 from orders),
              (select 'lines ' || count(*) from order_line),
              (select 'ledger ' || count(*) || ':' || coalesce(sum(amount_fen), 0) from ledger_entry),
              (select 'voucher ' || count(*) || ':' || coalesce(sum(face_value_fen), 0) || ':'
                      || coalesce(sum(remaining_fen), 0) from voucher),
              (select 'notice ' || count(*) || ':' || count(*) filter (where read_at is not null) from notice),
              (select 'clock ' || coalesce(max(offset_millis), 0) from clock_setting))
            """;

    @Inject
    EntityManager em;

    @Transactional
    public String take() {
        return (String) em.createNativeQuery(SQL).getSingleResult();
    }
}
