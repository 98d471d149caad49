package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in session, browser or bearer token: it ends when idle too long or signed out. */
@MappedEntity("login_session")
public record LoginSession(@Id String id, long accountId, String source, Instant createdAt, Instant lastSeenAt,
                           @Nullable Instant endedAt, @Nullable Instant secondFactorAt) {
}
