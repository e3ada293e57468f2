package io.billingconsole.demo;

import io.billingconsole.account.AppUser;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo logins that still work with their published password, for the back office's warning.
 * bcrypt is costly, so each stored hash is checked once and the answer kept (a new password is a
 * new hash).
 */
@Named("demoLogins")
@ApplicationScoped
public class DemoLogins {

    private final Map<String, Boolean> publishedByHash = new ConcurrentHashMap<>();

    /** The names of {@link #published()} as one line, or null when there are none (the banner's text). */
    public String publishedNames() {
        List<String> names = published();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Enabled demo users whose password is still the published one, by name. */
    @Transactional
    public List<String> published() {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            return List.of();
        }
        List<AppUser> users = AppUser.list("username in ?1 and enabled = true", DemoData.PUBLISHED.keySet());
        return users.stream()
                .filter(user -> publishedByHash.computeIfAbsent(user.username + '\0' + user.passwordHash,
                        key -> BcryptUtil.matches(DemoData.PUBLISHED.get(user.username), user.passwordHash)))
                .map(user -> user.username)
                .sorted()
                .toList();
    }
}
