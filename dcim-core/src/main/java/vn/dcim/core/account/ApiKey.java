package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A named key with which a person's scripts call the API; only the key's SHA-256 is kept. */
@MappedEntity("api_key")
public record ApiKey(@Id @GeneratedValue @Nullable Long id, long accountId, String name, String keyPrefix,
                     String keyHash, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    ApiKey usedAt(Instant at) {
        return new ApiKey(id, accountId, name, keyPrefix, keyHash, createdAt, at, revokedAt);
    }

    ApiKey revoke(Instant at) {
        return new ApiKey(id, accountId, name, keyPrefix, keyHash, createdAt, lastUsedAt, at);
    }
}
