package vn.dcim.core.push;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A push credential as push_credential holds it: the token as its hash, the Digest secrets and the terminal's password
 * sealed, the addresses joined by commas. Never leaves the package: callers get a {@link PushCredential}.
 */
@MappedEntity("push_credential")
record PushCredentialRow(@Id @GeneratedValue @Nullable Long id, String deviceId, String dialect, @Nullable String tokenHash,
                         @Nullable String serial, @Nullable String allowedFrom, @Nullable String note, Instant createdAt, String createdBy,
                         @Nullable String digestMd5, @Nullable String digestSha256, @Nullable String terminalUser,
                         @Nullable String terminalPassword) {

    /** Without its site: the device package tells it afterwards. */
    PushCredential credential() {
        List<String> blocks = new ArrayList<>();
        if (allowedFrom != null && !allowedFrom.isBlank()) {
            for (String b : allowedFrom.split(",")) {
                blocks.add(b.trim());
            }
        }
        return new PushCredential(id, deviceId, null, dialect, tokenHash != null, serial, List.copyOf(blocks), note, createdAt, createdBy,
                terminalUser);
    }
}
