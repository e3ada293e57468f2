package io.billingconsole.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client address that login failures are counted for. Behind a reverse proxy it is the
 * proxy's address unless Quarkus is told to trust the proxy's X-Forwarded-For
 * ({@code quarkus.http.proxy.proxy-address-forwarding}, see the README's Security section).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
