package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.net.InetSocketAddress;

/** The address a request came from, as the sign-in limits and the audit log record it. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return "unknown";
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
