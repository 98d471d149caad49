package vn.dcim.core.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only: there is no update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface JournalRepository extends GenericRepository<JournalEntry, Long> {
    JournalEntry save(JournalEntry entry);

    List<JournalEntry> findByIncidentIdOrderById(Long incidentId);
}
