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
import java.util.Optional;

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

    /** The windows on the targets a scope admits (see {@link WindowsWithin.Targets}; an empty list is IN (NULL): none). */
    String IN_SCOPE = "(target_kind = 'device' AND target_id IN (:devices) OR target_kind = 'rack' AND target_id IN (:racks) "
            + "OR :wholeSites AND (target_kind = 'room' AND target_id IN (:rooms) OR target_kind = 'site' AND target_id IN (:sites) "
            + "OR target_kind = 'power_node' AND target_id IN (:powerNodes)))";

    @Query("SELECT * FROM maintenance_window WHERE " + IN_SCOPE + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<MaintenanceWindow> inScope(Collection<String> devices, Collection<String> racks, boolean wholeSites, Collection<String> rooms,
                                    Collection<String> sites, Collection<String> powerNodes, int limit, int offset);

    @Query("SELECT COUNT(*) FROM maintenance_window WHERE " + IN_SCOPE)
    long countInScope(Collection<String> devices, Collection<String> racks, boolean wholeSites, Collection<String> rooms,
                      Collection<String> sites, Collection<String> powerNodes);

    @Query("SELECT id FROM maintenance_window WHERE id = :id AND " + IN_SCOPE)
    Optional<Long> idInScope(long id, Collection<String> devices, Collection<String> racks, boolean wholeSites, Collection<String> rooms,
                             Collection<String> sites, Collection<String> powerNodes);

    /** 1 when a window on this target would be in the scope: the same condition, asked of the target alone. */
    @Query("SELECT 1 FROM (SELECT :kind AS target_kind, :targetId AS target_id) target WHERE " + IN_SCOPE)
    Optional<Integer> targetInScope(String kind, String targetId, Collection<String> devices, Collection<String> racks, boolean wholeSites,
                                    Collection<String> rooms, Collection<String> sites, Collection<String> powerNodes);

    /** {@link #between}, of the windows in a scope. */
    @Query("SELECT * FROM maintenance_window WHERE starts_at < :to AND " + LIVE_SINCE + " AND " + IN_SCOPE + " ORDER BY starts_at LIMIT 1000")
    List<MaintenanceWindow> betweenInScope(Instant from, Instant to, Collection<String> devices, Collection<String> racks, boolean wholeSites,
                                           Collection<String> rooms, Collection<String> sites, Collection<String> powerNodes);
}
