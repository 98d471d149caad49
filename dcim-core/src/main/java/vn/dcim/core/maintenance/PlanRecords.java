package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether the maintenance plans are carried out (QĐ 11/2023 Art. 14.3, and Art. 6.3 for the fire and lightning
 * systems): for each plan, when an order of it was last finished and when its earliest open order is due.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanRecords {
    private final MaintenancePlanRepository plans;

    /** A plan, the last time an order of it was done (null: never) and the due date of its earliest open order (null: none). */
    @Introspected
    public record PlanRecord(long id, String name, @Nullable Instant lastDone, @Nullable LocalDate firstOpenDue) {
    }

    /** Every maintenance plan with its record. */
    public List<PlanRecord> all() {
        return plans.findPlanRecords();
    }

    /** The plans inspecting the fire and lightning systems, with their record. */
    public List<PlanRecord> fireAndLightning() {
        return plans.findFireAndLightningRecords();
    }
}
