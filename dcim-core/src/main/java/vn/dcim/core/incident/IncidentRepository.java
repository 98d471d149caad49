package vn.dcim.core.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IncidentRepository extends CrudRepository<Incident, Long> {
    List<Incident> findByStatusInListAndLastAlarmAtGreaterThanEqualsOrderByOpenedAtDesc(Collection<IncidentStatus> statuses, Instant since);

    Page<Incident> findByStatusInList(Collection<IncidentStatus> statuses, Pageable pageable);

    Page<Incident> findAll(Pageable pageable);

    @Query("SELECT * FROM incident WHERE status <> 'closed' ORDER BY opened_at, id LIMIT :most")
    List<Incident> notClosed(int most);

    @Query("SELECT * FROM incident WHERE opened_at >= :from AND opened_at < :to ORDER BY opened_at")
    List<Incident> openedIn(Instant from, Instant to);

    @Query("SELECT * FROM incident WHERE opened_at >= :from AND opened_at < :to ORDER BY opened_at, id LIMIT :most")
    List<Incident> openedBetween(Instant from, Instant to, int most);

    @Query("SELECT * FROM incident WHERE closed_at >= :from AND closed_at < :to ORDER BY closed_at, id LIMIT :most")
    List<Incident> closedBetween(Instant from, Instant to, int most);
}
