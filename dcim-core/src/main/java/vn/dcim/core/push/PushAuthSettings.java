package vn.dcim.core.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code dcim.push.nonce-max-age} (DCIM_PUSH_NONCE_MAX_AGE): how long a Digest nonce the receiver
 * issued is good for; an older one is answered 401 with {@code stale=true}, and the device answers the
 * new challenge without asking its user again (RFC 7616 §3.3).
 */
@ConfigurationProperties("dcim.push")
public record PushAuthSettings(@Bindable(defaultValue = "5m") Duration nonceMaxAge) {
}
