package io.billingconsole.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to go after logging in: the page the user was opening when the session had expired. Only a
 * local path is ever followed (never {@code //host} or a scheme, never the login pages themselves),
 * and only to the side of the console the user's role can see, so that a crafted link cannot send
 * anyone elsewhere and a login never ends on a refusal.
 */
public final class ReturnPath {

    public static final String PARAM = "next";
    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    /** The login page's address that returns to {@code pathAndQuery} afterwards, for a GET of a page. */
    static String loginFor(String method, String pathAndQuery) {
        if (!"GET".equals(method) || safe(pathAndQuery).isEmpty() || "/".equals(pathAndQuery)) {
            return "/login";
        }
        return "/login?" + PARAM + "=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }

    /** The path itself when it is a local page path; empty for anything else. */
    public static Optional<String> safe(String path) {
        if (path == null || path.length() > MAX_LENGTH || !path.startsWith("/") || path.startsWith("//")
                || path.startsWith("/\\") || path.startsWith("/login") || path.startsWith("/logout")
                || path.startsWith("/api/") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Where a user of {@code role} lands after logging in, given the requested path (or null). */
    public static String after(Role role, String requested) {
        String home = role == Role.CUSTOMER ? "/" : "/admin";
        return safe(requested)
                .filter(path -> role == Role.CUSTOMER ? !isBackOffice(path) : isBackOffice(path) || path.startsWith("/account/"))
                .orElse(home);
    }

    private static boolean isBackOffice(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/admin?");
    }
}
