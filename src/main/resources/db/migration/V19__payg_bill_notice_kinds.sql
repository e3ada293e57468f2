-- Issue 11 (SPEC 12): the notices of PAYG bills, arrears and overdue stops.
-- NOTE for merges: a later migration that redefines notice_kind_check must keep these kinds.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check
    check (kind in ('EXPIRY_REMINDER', 'RELEASE_WARNING', 'AUTO_RENEW_ENABLED', 'AUTO_RENEW_MODIFIED',
                    'AUTO_RENEW_CANCELLED', 'BALANCE_LOW', 'RENEWAL_SUCCEEDED', 'LOGIN_LOCKED',
                    'BILL_ISSUED', 'ARREARS', 'PAYG_STOP_WARNING', 'PAYG_STOPPED', 'PAYG_RESTARTED'));
