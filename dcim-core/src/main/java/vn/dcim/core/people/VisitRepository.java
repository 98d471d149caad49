package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VisitRepository extends CrudRepository<VisitEntry, Long> {
    /** The register's order: in time. */
    Sort IN_TIME = Sort.of(Sort.Order.asc("startsAt"), Sort.Order.asc("id"));

    /** The visits overlapping [from, to). */
    List<VisitEntry> findByEndsAtGreaterThanAndStartsAtLessThan(Instant from, Instant to, Pageable pageable);

    /** The visits with a lent badge whose window meets [from, to] (both ends in). */
    List<VisitEntry> findByBadgeIsNotNullAndStartsAtLessThanEqualsAndEndsAtGreaterThanEquals(Instant to, Instant from);

    /** One person's visits ({@link PersonMatch}). */
    @Query("SELECT * FROM visit WHERE " + PersonMatch.VISITOR + " ORDER BY starts_at, id LIMIT 10000")
    List<VisitEntry> findOfPerson(@Nullable String name, @Nullable String badge);

    /** Erases one person's visits that ended before {@code before}. */
    @Query("DELETE FROM visit WHERE " + PersonMatch.VISITOR + " AND ends_at < :before")
    int deleteOfPerson(@Nullable String name, @Nullable String badge, Instant before);
}
