package io.billingconsole.account;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.DomainException;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The first operator of a fresh installation: when no operator exists at start-up, one is created
 * from {@code BILLING_ADMIN_USERNAME} / {@code BILLING_ADMIN_PASSWORD} — once; an existing operator
 * is never overwritten by these settings. Without an operator and without the settings the console
 * starts and its log says how to create one. Two instances starting at once create one operator:
 * the check and the insert run under a transaction-scoped advisory lock.
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class);

    @Inject
    BillingConfig config;

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    @Inject
    AccountQueries queries;

    /** Runs after the migrations (priority 1) and before the demo data (priority 3). */
    void onStart(@Observes @Priority(2) StartupEvent event) {
        ensureFirstOperator(config.admin().username(), config.admin().password());
    }

    /** Creates the operator from the settings when none exists; changes nothing when one does. */
    @Transactional
    public void ensureFirstOperator(Optional<String> username, Optional<String> password) {
        queries.lockFirstOperatorCheck();
        boolean operatorExists = AppUser.count("role", Role.OPERATOR) > 0;
        boolean configured = username.isPresent() || password.isPresent();
        if (operatorExists) {
            if (configured) {
                LOG.info("BILLING_ADMIN_USERNAME/BILLING_ADMIN_PASSWORD are set but an operator exists: nothing"
                        + " changed (the first operator is created once, never overwritten). You may remove them.");
            }
            return;
        }
        if (!configured) {
            if (!config.demoData()) {
                LOG.warn("""
                        No operator exists, so nobody can log in to the back office. To create the first operator, \
                        start the console once with BILLING_ADMIN_USERNAME=<name> and BILLING_ADMIN_PASSWORD=<at \
                        least 10 characters, at most 72 bytes> (or billing.admin.username / billing.admin.password); \
                        it is created at start-up when no operator exists and never overwritten later. Log in and \
                        create further staff users under 后台管理 → 员工账号 (/admin/users).""");
            }
            return;
        }
        create(username.orElseThrow(() -> new IllegalStateException(
                        "BILLING_ADMIN_PASSWORD is set without BILLING_ADMIN_USERNAME: set both to create the first operator")),
                password.orElseThrow(() -> new IllegalStateException(
                        "BILLING_ADMIN_USERNAME is set without BILLING_ADMIN_PASSWORD: set both to create the first operator")));
    }

    private void create(String name, String secret) {
        try {
            AccountService.validateUsername(name);
            PasswordPolicy.check(secret, name);
        } catch (DomainException e) {
            throw new IllegalStateException("Cannot create the first operator from BILLING_ADMIN_USERNAME/"
                    + "BILLING_ADMIN_PASSWORD: the username must be 3-64 of A-Z a-z 0-9 _ . - and the password "
                    + PasswordPolicy.MIN_LENGTH + " characters to " + PasswordPolicy.MAX_BYTES
                    + " bytes (UTF-8), not the username (" + e.code() + ")");
        }
        if (AppUser.count("lower(username) = lower(?1)", name) > 0) {
            throw new IllegalStateException("Cannot create the first operator: BILLING_ADMIN_USERNAME '" + name
                    + "' is taken by a user who is not an operator. Choose another name.");
        }
        AppUser operator = accounts.addUser(name, secret, Role.OPERATOR, null, null, "zh");
        audit.recordBySystem(AuditAction.OPERATOR_BOOTSTRAPPED, operator, "from BILLING_ADMIN_USERNAME/BILLING_ADMIN_PASSWORD");
        LOG.infof("Created the first operator '%s' from BILLING_ADMIN_USERNAME/BILLING_ADMIN_PASSWORD. It is never"
                + " overwritten by these settings; you may remove BILLING_ADMIN_PASSWORD now.", name);
    }
}
