package vn.dcim.core.push;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A picture an access terminal announced and that is still to be fetched from it (terminal_picture_fetch). */
@MappedEntity("terminal_picture_fetch")
record PictureFetch(@Id @GeneratedValue @Nullable Long id, long credentialId, String deviceId, String messageId, String url,
                    String sourceAddress, int attempts, Instant nextTryAt, @Nullable Instant claimedUntil, @Nullable String lastError,
                    Instant createdAt) {

    TerminalPictureFetches.Pending pending() {
        return new TerminalPictureFetches.Pending(id, credentialId, deviceId, messageId, url, sourceAddress, attempts, createdAt);
    }
}
