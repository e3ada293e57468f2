package io.billingconsole.account;

/** What an audit entry records; each has its label in the message bundle ({@code audit_action}). */
public enum AuditAction {
    /** The first operator, created at start-up from BILLING_ADMIN_USERNAME / BILLING_ADMIN_PASSWORD. */
    OPERATOR_BOOTSTRAPPED,
    CUSTOMER_CREATED,
    STAFF_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    /** An operator set a new password for a user; the user's sessions and setup links ended. */
    PASSWORD_RESET,
    /** A one-time setup link was mailed (at creation, by an operator, or asked for on the public form). */
    SETUP_LINK_SENT,
    /** A user changed their own password; their other sessions ended. */
    PASSWORD_CHANGED,
    /** A user chose their password through a setup link. */
    PASSWORD_SET_BY_LINK,
    DEMO_DATA_LOADED,
    /** A staff user's login was locked after too many wrong passwords and they were mailed (at most once a day). */
    LOGIN_LOCK_MAILED,
    /** Finance recorded a recharge that arrived outside the gateway (offline remittance). */
    RECHARGE_RECORDED,
    /** An operator changed an account's real-name verification or status. */
    ACCOUNT_UPDATED,
    /** An operator linked a member account to its master (or unlinked it). */
    MASTER_LINKED,
    /** The first of two finance approvals of a large withdrawal. */
    WITHDRAWAL_FIRST_APPROVAL,
    WITHDRAWAL_APPROVED,
    WITHDRAWAL_REJECTED,
    /** A payout result, recorded by finance by hand or by the payout job. */
    WITHDRAWAL_PAYOUT_RECORDED,
    /** Finance undid an invoice-debt offset made by mistake (within its business month). */
    INVOICE_DEBT_OFFSET_UNDONE,
    /** An operator edited a product rule; details hold "field: old → new; ...". */
    PRODUCT_RULE_EDITED,
    /** An operator edited the notice schedule or the channels of notice kinds; details hold "field: old → new; ...". */
    NOTICE_SCHEDULE_EDITED
}
