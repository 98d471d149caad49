package vn.dcim.web.api.asset;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The address people reach the product at, for links that leave the screen (QR labels, reports). */
@Singleton
public class PublicUrl {
    private final String configured;

    public PublicUrl(@Value("${dcim.public-url:}") String configured) {
        this.configured = configured == null ? "" : configured.trim().replaceAll("/+$", "");
    }

    /** dcim.public-url when set; otherwise the scheme and host the request came to. */
    public String base(HttpRequest<?> request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        String host = request.getHeaders().get("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return (proto == null ? (request.isSecure() ? "https" : "http") : proto) + "://" + host;
    }

    public String assetPage(HttpRequest<?> request, long assetId) {
        return base(request) + "/ui/assets/" + assetId;
    }
}
