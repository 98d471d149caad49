package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

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
    /** The plans of the fire and lightning systems: by the article they follow or by their name (English or Vietnamese). */
    private static final String FIRE_AND_LIGHTNING = " WHERE p.article LIKE '%6.3%' OR LOWER(p.name) LIKE '%fire%' OR LOWER(p.name) LIKE '%lightning%' "
            + "OR LOWER(p.name) LIKE '%chữa cháy%' OR LOWER(p.name) LIKE '%chống sét%'";

    private final Jdbc jdbc;

    /** A plan, the last time an order of it was done (null: never) and the due date of its earliest open order (null: none). */
    public record PlanRecord(long id, String name, @Nullable Instant lastDone, @Nullable LocalDate firstOpenDue) {
    }

    /** Every maintenance plan with its record. */
    public List<PlanRecord> all() {
        return plans("");
    }

    /** The plans inspecting the fire and lightning systems, with their record. */
    public List<PlanRecord> fireAndLightning() {
        return plans(FIRE_AND_LIGHTNING);
    }

    private List<PlanRecord> plans(String where) {
        return jdbc.list("read maintenance plans", "SELECT p.id, p.name, (SELECT MAX(w.finished_at) FROM work_order w "
                        + "WHERE w.plan_id = p.id AND w.status IN ('done', 'verified')), (SELECT MIN(w.due_date) FROM work_order w "
                        + "WHERE w.plan_id = p.id AND w.status IN ('planned', 'assigned', 'in_progress')) FROM maintenance_plan p" + where,
                rs -> new PlanRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, LocalDate.class)));
    }
}
