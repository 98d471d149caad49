package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The live readings' evidence of one "connect" step, kept once decided: the outlet's draw before the crew confirmed the
 * step (the last reading in the window before) and after it (the highest in the window after), in W, and the verdict.
 */
@Serdeable
@MappedEntity("change_step_draw")
public record StepDraw(@Id long stepId, long outletPortId, DrawVerdict verdict, @Nullable Double beforeW,
                       @Nullable Instant beforeAt, @Nullable Double afterW, @Nullable Instant afterAt, Instant checkedAt) {
}
