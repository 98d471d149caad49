package vn.dcim.core.notification.channel;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The address people open the product at (DCIM_PUBLIC_URL): the links of messages, report mails and the first
 * start's set-up link point there. Unset, links point at this host, over HTTPS when it is on (Art. 25.3: with
 * DCIM_HTTP=off the plain port does not answer): right for a single-site install.
 */
@Singleton
public class PublicUrl {
    private final String configured;
    private final String base;

    PublicUrl(@Value("${dcim.public-url:}") String publicUrl, @Value("${micronaut.server.port:8080}") int port,
              @Value("${micronaut.server.ssl.enabled:false}") boolean https, @Value("${micronaut.server.ssl.port:8443}") int httpsPort) {
        this.configured = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
        this.base = configured.isEmpty() ? (https ? "https://localhost:" + httpsPort : "http://localhost:" + port) : configured;
    }

    /** The address of {@code path} ("/ui/alarms"). */
    public String of(String path) {
        return base + path;
    }

    /** DCIM_PUBLIC_URL as set, without a trailing slash; empty when unset (a screen then uses the address it was reached at). */
    public Optional<String> configured() {
        return configured.isEmpty() ? Optional.empty() : Optional.of(configured);
    }
}
