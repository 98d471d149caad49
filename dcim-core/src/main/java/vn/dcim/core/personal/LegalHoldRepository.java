package vn.dcim.core.personal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LegalHoldRepository extends CrudRepository<LegalHoldRow, Long> {

    /** Those in force first, newest first; a centre holds a handful, the 1000 bound keeps a mistake harmless. */
    @Query("SELECT * FROM legal_hold ORDER BY released_at IS NOT NULL, id DESC LIMIT 1000")
    List<LegalHoldRow> inForceFirst();

    @Query("UPDATE legal_hold SET released_by = :by, released_at = :at WHERE id = :id")
    void release(long id, String by, Instant at);

    @Query("UPDATE legal_hold SET review_on = :reviewOn WHERE id = :id")
    void reviewBy(long id, LocalDate reviewOn);
}
