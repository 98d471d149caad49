package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One sign-in attempt (Art. 16.2). An administrator's unlock is kept here too, as a success, so the
 * failures before it no longer count towards the next lock. {@code device} names the trusted device the attempt came
 * from ({@link TrustedDevices}), and for a success the device the client is from then on; none for a failure of a
 * client the account does not know.
 */
@MappedEntity("login_attempt")
public record LoginAttempt(@Id @GeneratedValue @Nullable Long id, String username, @Nullable Long accountId,
                           String source, Instant at, boolean succeeded, String outcome,
                           @Nullable String device) {
}
