-- Issue 11 (SPEC 6, 12, 13): notices when a resource is released (now by the customer, at its scheduled
-- time, after overdue arrears) or unsubscribed with a refund; the release reason is kept on the notice.
-- NOTE for merges: a later migration that redefines notice_kind_check must keep these kinds.
alter table notice drop constraint notice_kind_check;
alter table notice add constraint notice_kind_check
    check (kind in ('EXPIRY_REMINDER', 'RELEASE_WARNING', 'AUTO_RENEW_ENABLED', 'AUTO_RENEW_MODIFIED',
                    'AUTO_RENEW_CANCELLED', 'BALANCE_LOW', 'RENEWAL_SUCCEEDED', 'LOGIN_LOCKED',
                    'BILL_ISSUED', 'ARREARS', 'PAYG_STOP_WARNING', 'PAYG_STOPPED', 'PAYG_RESTARTED',
                    'RESOURCE_RELEASED', 'RESOURCE_UNSUBSCRIBED'));
-- CUSTOMER, SCHEDULED or OVERDUE (resource.ReleaseReason) on RESOURCE_RELEASED notices; null otherwise
alter table notice add column release_reason varchar(20);
