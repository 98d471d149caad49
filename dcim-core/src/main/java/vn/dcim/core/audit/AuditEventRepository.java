package vn.dcim.core.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Deliberately without update or delete: the audit log is append-only. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderById(String entityType, String entityId);

    List<AuditEvent> findAllOrderByIdDesc();

    List<AuditEvent> findByEntityTypeAndActionAndOccurredAtGreaterThanEqualsAndOccurredAtLessThan(
            String entityType, String action, Instant from, Instant to);
}
