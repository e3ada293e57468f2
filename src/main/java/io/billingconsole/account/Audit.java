package io.billingconsole.account;

import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.util.List;

/**
 * Writes the audit log in the caller's transaction, so an entry exists exactly when its change
 * was committed. The actor is the logged-in user of the current request, or the console itself.
 */
@ApplicationScoped
public class Audit {

    /** The actor of changes made at start-up (first operator, demo data). */
    public static final String SYSTEM = "system";
    /** The actor of a public request (a setup link, a request for a new one). */
    public static final String ANONYMOUS = "anonymous";
    private static final int MAX_DETAILS = 1000;

    @Inject
    Clock clock;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    Instance<CurrentVertxRequest> httpRequest;

    /** Records an action on a user. */
    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, AppUser target, String details) {
        record(action, target == null ? null : target.id, target == null ? null : target.username, details);
    }

    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, Long targetUserId, String target, String details) {
        SecurityIdentity who = currentIdentity();
        if (who == null || who.isAnonymous()) {
            write(action, targetUserId, target, details, null, inHttpRequest() ? ANONYMOUS : SYSTEM);
        } else {
            write(action, targetUserId, target, details, who.getAttribute(Identities.USER_ID),
                    who.getPrincipal().getName());
        }
    }

    /** Records what the console itself did (first operator, demo data), whoever else is around. */
    @Transactional(TxType.MANDATORY)
    public void recordBySystem(AuditAction action, AppUser target, String details) {
        write(action, target == null ? null : target.id, target == null ? null : target.username, details, null, SYSTEM);
    }

    private void write(AuditAction action, Long targetUserId, String target, String details, Long actorUserId,
                       String actor) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.action = action;
        entry.targetUserId = targetUserId;
        entry.target = target;
        entry.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        entry.actor = actor;
        entry.actorUserId = actorUserId;
        entry.persist();
    }

    /** The newest entries first. */
    @Transactional
    public List<AuditEntry> recent(int limit) {
        return AuditEntry.<AuditEntry>findAll(Sort.descending("at", "id")).page(Page.ofSize(limit)).list();
    }

    /** A public page's request, as opposed to start-up or a job (where the console itself acts). */
    private boolean inHttpRequest() {
        return Arc.container().requestContext().isActive() && httpRequest.get().getCurrent() != null;
    }

    private SecurityIdentity currentIdentity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return identity.get();
    }
}
