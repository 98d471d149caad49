package vn.dcim.core.centre;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CentreRepository extends CrudRepository<Centre, Long> {

    /** Centres by province and name, one page of them (paged in SQL). */
    @Query("SELECT * FROM centre ORDER BY province, name, id LIMIT :limit OFFSET :offset")
    List<Centre> page(int limit, int offset);

    Optional<Centre> findByCode(String code);
}
