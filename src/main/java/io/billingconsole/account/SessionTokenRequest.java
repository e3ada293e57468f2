package io.billingconsole.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Asks the identity providers who owns a console session cookie. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
