package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The one-time set-up link of the first administrator (Art. 21.3a); only its SHA-256 is kept. */
@MappedEntity("setup_token")
public record SetupToken(@Id String tokenHash, Instant expiresAt, @Nullable Instant usedAt) {
}
