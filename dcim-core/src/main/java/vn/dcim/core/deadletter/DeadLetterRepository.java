package vn.dcim.core.deadletter;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DeadLetterRepository extends CrudRepository<DeadLetter, Long> {
    /** A page of them, newest first; the offset is any row's (the screens page by rows, not by pages). */
    @Query("SELECT * FROM dead_letter ORDER BY received_ts DESC, id DESC LIMIT :limit OFFSET :offset")
    List<DeadLetter> findNewest(int limit, int offset);

    /** As {@link #findNewest}, of one reason (the reason's index keeps it cheap). */
    @Query("SELECT * FROM dead_letter WHERE reason = :reason ORDER BY received_ts DESC, id DESC LIMIT :limit OFFSET :offset")
    List<DeadLetter> findNewestOfReason(String reason, int limit, int offset);

    long countByReason(DeadLetterReason reason);
}
