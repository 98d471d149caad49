package vn.dcim.core.suppression;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Windows are addressed as {@code kind:id} ("rack:12", "device:ups-2"): see {@link DeviceScope}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MaintenanceWindowRepository extends CrudRepository<MaintenanceWindow, Long> {
    String LIVE_SINCE = "(ended_at IS NULL OR ended_at > :from) AND (rrule IS NOT NULL OR ends_at > :from)";

    Page<MaintenanceWindow> findAll(Pageable pageable);

    /** The windows on these targets that have (or may have, when recurring) an occurrence after {@code from} and before {@code to}. */
    @Query("SELECT * FROM maintenance_window WHERE starts_at < :to AND " + LIVE_SINCE
            + " AND CONCAT(target_kind, ':', target_id) IN (:targets) ORDER BY starts_at")
    List<MaintenanceWindow> onTargets(Collection<String> targets, Instant from, Instant to);

    /**
     * The windows whose first occurrence spans {@code at}, oldest first: what the handover lists as maintenance running.
     */
    @Query("SELECT * FROM maintenance_window WHERE starts_at <= :at AND ends_at > :at ORDER BY starts_at, id LIMIT :most")
    List<MaintenanceWindow> spanning(Instant at, int most);

    /** Every window that may have an occurrence in the period, for the calendar. */
    @Query("SELECT * FROM maintenance_window WHERE starts_at < :to AND " + LIVE_SINCE + " ORDER BY starts_at LIMIT 1000")
    List<MaintenanceWindow> between(Instant from, Instant to);
}
