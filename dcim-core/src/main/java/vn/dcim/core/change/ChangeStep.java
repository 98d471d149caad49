package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of the crew's checklist, generated from the approved change: unmount or mount at U {@code uLow}–{@code uHigh}
 * of a rack, connect or disconnect a link, hand over for disposal. Confirmed by scanning the rack's and the equipment's
 * labels (and the far port's where it has one); {@code outcome} says whether the floor matched the plan, and a
 * {@code difference} what was found instead.
 */
@Serdeable
@MappedEntity("change_step")
public record ChangeStep(@Id @GeneratedValue @Nullable Long id, long changeId, int seq, StepAction action,
                         @Nullable Long rackId, @Nullable Long linkId, @Nullable Integer uLow, @Nullable Integer uHigh,
                         @Nullable StepOutcome outcome, @Nullable String difference, @Nullable String scannedRack,
                         @Nullable String scannedAsset, @Nullable String scannedPort, @Nullable String scanId,
                         @Nullable String confirmedBy, @Nullable Instant confirmedAt) {

    public boolean confirmed() {
        return outcome != null;
    }

    ChangeStep confirmed(StepOutcome o, @Nullable String diff, @Nullable String rack, @Nullable String asset,
                         @Nullable String port, @Nullable String scan, String by, Instant at) {
        return new ChangeStep(id, changeId, seq, action, rackId, linkId, uLow, uHigh, o, diff, rack, asset, port, scan, by, at);
    }
}
