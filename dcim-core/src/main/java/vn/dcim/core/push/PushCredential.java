package vn.dcim.core.push;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A device's right to push events over HTTP: by a token in the path (Hikvision ISAPI; only
 * its hash is kept), or by its serial number from allowed addresses (ZKTeco PUSH, which sends nothing
 * else). {@code allowedFrom} lists addresses or CIDR blocks; empty = any address (token credentials).
 * {@code terminalUser} names the terminal's own account the product signs in with to fetch a picture the terminal
 * names by its address (its password is kept sealed and never shown); null when none is kept.
 */
@Serdeable
public record PushCredential(long id, String deviceId, String siteId, String dialect, boolean hasToken,
                             @Nullable String serial, List<String> allowedFrom, @Nullable String note,
                             Instant createdAt, String createdBy, @Nullable String terminalUser) {
}
