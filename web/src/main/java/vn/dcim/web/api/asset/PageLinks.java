package vn.dcim.web.api.asset;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.dcim.core.notification.channel.PublicUrl;

/**
 * Links to pages that leave the screen (QR labels, cable labels, a device's push address): to DCIM_PUBLIC_URL
 * when it is set ({@link PublicUrl}), else to the scheme and host the request came to, which is how the person
 * printing the label reached the product.
 */
@Singleton
public class PageLinks {
    private final PublicUrl publicUrl;

    PageLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** dcim.public-url when set; otherwise the scheme and host the request came to. */
    public String base(HttpRequest<?> request) {
        if (publicUrl.configured().isPresent()) {
            return publicUrl.configured().get();
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
