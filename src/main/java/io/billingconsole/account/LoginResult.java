package io.billingconsole.account;

/**
 * The outcome of one login attempt: the user when the password matched; otherwise, when the
 * username or the client address must wait, the seconds until the next attempt is checked.
 * Unknown users get exactly the same outcomes as known ones.
 */
public record LoginResult(AppUser user, long retryAfterSeconds) {

    static LoginResult success(AppUser user) {
        return new LoginResult(user, 0);
    }

    static LoginResult failed() {
        return new LoginResult(null, 0);
    }

    static LoginResult throttled(long retryAfterSeconds) {
        return new LoginResult(null, retryAfterSeconds);
    }

    public boolean succeeded() {
        return user != null;
    }

    /** Refused because of too many failures (this one included, or earlier ones). */
    public boolean throttled() {
        return user == null && retryAfterSeconds > 0;
    }
}
