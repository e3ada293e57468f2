package io.billingconsole.account;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

/** Builds the security identity of a user, with the attributes the pages and API read. */
final class Identities {

    static final String USER_ID = "userId";
    static final String ACCOUNT_ID = "accountId";
    static final String LANGUAGE = "language";

    private Identities() {
    }

    static SecurityIdentity of(AppUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role.name())
                .addAttribute(USER_ID, user.id)
                .addAttribute(LANGUAGE, user.language);
        if (user.accountId != null) {
            builder.addAttribute(ACCOUNT_ID, user.accountId);
        }
        return builder.build();
    }
}
