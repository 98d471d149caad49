package vn.dcim.core.agency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgencyRepository extends CrudRepository<Agency, Long> {

    /** Agencies by name, the retired ones only when asked, one page of them (paged in SQL). */
    @Query("SELECT * FROM agency WHERE (:withRetired = TRUE OR retired_at IS NULL) ORDER BY name, id LIMIT :limit OFFSET :offset")
    List<Agency> page(boolean withRetired, int limit, int offset);

    @Query("SELECT COUNT(*) FROM agency WHERE (:withRetired = TRUE OR retired_at IS NULL)")
    long count(boolean withRetired);

    Optional<Agency> findByCode(String code);
}
