package io.billingconsole.account;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is asking, as the pages and API see it. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public Long userId() {
        return identity.getAttribute(Identities.USER_ID);
    }

    /** The customer's own account; staff have none and are refused. */
    public long accountId() {
        Long accountId = identity.getAttribute(Identities.ACCOUNT_ID);
        if (accountId == null) {
            throw new ForbiddenException();
        }
        return accountId;
    }

    public String language() {
        return identity.getAttribute(Identities.LANGUAGE);
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.name());
    }
}
