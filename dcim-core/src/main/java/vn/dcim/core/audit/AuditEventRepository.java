package vn.dcim.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deliberately without update or delete: the audit log is append-only. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderById(String entityType, String entityId);

    List<AuditEvent> findByEntityTypeAndOccurredAtGreaterThanEquals(String entityType, Instant from);

    @Query("SELECT MIN(occurred_at) FROM audit_event")
    Optional<Instant> firstOccurredAt();

    List<AuditEvent> findAllOrderByIdDesc();

    String MATCHES = "(:entityType IS NULL OR entity_type = :entityType) AND (:entityId IS NULL OR entity_id = :entityId) "
            + "AND (:actor IS NULL OR actor = :actor) AND (:action IS NULL OR action = :action)";

    /** The log newest first, filtered and paged in SQL (never the whole table in memory); a null filter matches all. */
    @Query("SELECT * FROM audit_event WHERE " + MATCHES + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<AuditEvent> search(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
                            @Nullable String action, int limit, int offset);

    @Query("SELECT COUNT(*) FROM audit_event WHERE " + MATCHES)
    long countSearch(@Nullable String entityType, @Nullable String entityId, @Nullable String actor, @Nullable String action);

    List<AuditEvent> findByEntityTypeAndActionAndOccurredAtGreaterThanEqualsAndOccurredAtLessThan(
            String entityType, String action, Instant from, Instant to);
}
