package vn.dcim.core.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Append-only: there is no update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface JournalRepository extends GenericRepository<JournalEntry, Long> {
    JournalEntry save(JournalEntry entry);

    List<JournalEntry> findByIncidentIdOrderById(Long incidentId);

    /** The lines that an alarm's own record does not already tell (its raising, clearing, joining), nor the opening and closing. */
    @Query("SELECT * FROM incident_journal WHERE at >= :from AND at < :to AND kind NOT IN ('opened', 'closed') AND NOT (kind = 'alarm' AND "
            + "(text_key IS NULL OR text_key IN ('journal.alarm.raised', 'journal.alarm.cleared', 'journal.alarm.earlier', "
            + "'journal.alarm.consequence', 'journal.alarm.symptom'))) ORDER BY at, id LIMIT :most")
    List<JournalEntry> handledBetween(Instant from, Instant to, int most);
}
