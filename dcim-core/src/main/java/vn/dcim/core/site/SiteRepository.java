package vn.dcim.core.site;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteRepository extends CrudRepository<Site, String> {

    /** Sites by id, one page of them (paged in SQL). */
    @Query("SELECT * FROM site ORDER BY id LIMIT :limit OFFSET :offset")
    List<Site> page(int limit, int offset);
}
