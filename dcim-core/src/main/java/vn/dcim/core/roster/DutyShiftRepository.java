package vn.dcim.core.roster;

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
interface DutyShiftRepository extends CrudRepository<DutyShiftEntry, Long> {
    /** The roster's order: in time. */
    Sort IN_TIME = Sort.of(Sort.Order.asc("startsAt"), Sort.Order.asc("id"));

    /** The shifts overlapping [from, to). */
    List<DutyShiftEntry> findByEndsAtGreaterThanAndStartsAtLessThan(Instant from, Instant to, Pageable pageable);

    /** The shifts overlapping [from, to) of this centre and of the whole province (of no centre), in time order. */
    @Query("SELECT * FROM duty_shift WHERE ends_at > :from AND starts_at < :to AND (centre_id IS NULL OR centre_id = :centreId) "
            + "ORDER BY starts_at, id")
    List<DutyShiftEntry> findCovering(Instant from, Instant to, @Nullable Long centreId);
}
