package vn.dcim.core.notification.channel;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The address operators open (DCIM_PUBLIC_URL), the links of messages point there; as the notification planner has it. */
@Singleton
public class PublicUrl {
    private final String base;

    PublicUrl(@Value("${dcim.public-url:}") String publicUrl, @Value("${micronaut.server.port:8080}") int port,
              @Value("${micronaut.server.ssl.enabled:false}") boolean https, @Value("${micronaut.server.ssl.port:8443}") int httpsPort) {
        this.base = publicUrl.isBlank() ? (https ? "https://localhost:" + httpsPort : "http://localhost:" + port)
                : publicUrl.replaceAll("/+$", "");
    }

    public String of(String path) {
        return base + path;
    }
}
