package vn.dcim.core.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.push.*: the HTTP push receiver. {@code nonce-max-age} (DCIM_PUSH_NONCE_MAX_AGE): how long a Digest
 * nonce the receiver issued is good for; an older one is answered 401 with {@code stale=true}, and the device answers
 * the new challenge without asking its user again (RFC 7616 section 3.3). The largest body taken, and each device's rate
 * (a token bucket: so many requests a second on average, so many at once).
 */
@ConfigurationProperties("dcim.push")
public record PushSettings(@Bindable(defaultValue = "5m") Duration nonceMaxAge,
                           @Bindable(defaultValue = "1048576") int maxBytes,
                           @Bindable(defaultValue = "20") double ratePerSecond,
                           @Bindable(defaultValue = "100") double burst) {
}
