package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named API keys for a person's scripts: shown once at creation, kept as a SHA-256 (a 256-bit random
 * key needs no slow hash), revocable, and working only while the account may work.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiKeys {
    /** Every key starts with this, so a token reader tells a key from a signed token at a glance. */
    public static final String PREFIX = "dcim_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;

    /** A key as listed: never the key itself. */
    @io.micronaut.serde.annotation.Serdeable
    public record KeyView(long id, String name, String keyPrefix, Instant createdAt, @Nullable Instant lastUsedAt,
                          @Nullable Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.keyPrefix(), k.createdAt(), k.lastUsedAt(), k.revokedAt());
        }
    }

    /** The new key, in clear this one time. */
    @io.micronaut.serde.annotation.Serdeable
    public record NewKey(KeyView key, String secret) {
    }

    public NewKey create(long accountId, String name, String actor) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", "a key needs a name of 1-100 characters").explained("error.apikey.name");
        }
        if (keys.existsByAccountIdAndName(accountId, trimmed)) {
            throw new ConflictException("name", "this account already has a key named " + trimmed).explained("error.apikey.exists", trimmed);
        }
        String secret = PREFIX + Secrets.random(32);
        ApiKey saved = keys.save(new ApiKey(null, accountId, trimmed, secret.substring(0, 12), Digests.sha256(secret),
                clock.instant(), null, null));
        audit.record(actor, "api-key", saved.id(), "create", null, Map.of("account", accountId, "name", trimmed));
        return new NewKey(KeyView.of(saved), secret);
    }

    public List<KeyView> list(long accountId) {
        return keys.findByAccountIdOrderByCreatedAt(accountId).stream().map(KeyView::of).toList();
    }

    public void revoke(long accountId, long keyId, String actor) {
        ApiKey key = keys.findById(keyId).filter(k -> k.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("API key", keyId));
        if (key.revokedAt() == null) {
            keys.update(key.revoke(clock.instant()));
            audit.record(actor, "api-key", keyId, "revoke", null, Map.of("account", accountId, "name", key.name()));
        }
    }

    /** The person a key works for, now; empty for an unknown or revoked key or an account that may not work. */
    public Optional<Person> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByKeyHash(Digests.sha256(secret)).filter(k -> k.revokedAt() == null);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiKey k = key.get();
        if (k.lastUsedAt() == null || k.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            keys.update(k.usedAt(now));
        }
        // a key is made in a fully signed-in session, second factor included
        return users.person(k.accountId(), true);
    }
}
