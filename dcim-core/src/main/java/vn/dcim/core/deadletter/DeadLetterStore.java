package vn.dcim.core.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

/** The dead-letter table: refused messages kept for the operator. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeadLetterStore {
    private final DeadLetterRepository letters;

    /** Stores in one transaction (or in the caller's), in one batch; when this returns they are committed. */
    @Transactional
    public void append(List<DeadLetter> refused) {
        if (!refused.isEmpty()) {
            letters.saveAll(refused);
        }
    }

    /** Newest first, optionally of one reason. */
    public List<DeadLetter> find(@Nullable DeadLetterReason reason, int limit, int offset) {
        return reason == null ? letters.findNewest(limit, offset) : letters.findNewestOfReason(reason.name(), limit, offset);
    }

    /** One dead letter (its payload as kept: at most {@link DeadLetter#MAX_PAYLOAD} bytes). */
    public Optional<DeadLetter> byId(long id) {
        return letters.findById(id);
    }

    public long count(@Nullable DeadLetterReason reason) {
        return reason == null ? letters.count() : letters.countByReason(reason);
    }
}
