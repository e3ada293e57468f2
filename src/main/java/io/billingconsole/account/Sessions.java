package io.billingconsole.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Ends console sessions when a password changes or a user is disabled, in the caller's transaction. */
@ApplicationScoped
public class Sessions {

    /** Every session of the user (password reset by an operator, setup link, disabled user). */
    @Transactional(TxType.MANDATORY)
    public long endAll(long userId) {
        return UserSession.delete("userId = ?1", userId);
    }

    /** Every session of the user except the one with this cookie token (the user's own password change). */
    @Transactional(TxType.MANDATORY)
    public long endOthers(long userId, String currentToken) {
        if (currentToken == null || currentToken.isBlank()) {
            return endAll(userId);
        }
        return UserSession.delete("userId = ?1 and tokenHash <> ?2", userId, UserDirectory.sha256(currentToken));
    }
}
