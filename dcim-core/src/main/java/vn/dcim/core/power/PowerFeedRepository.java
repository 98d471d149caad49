package vn.dcim.core.power;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PowerFeedRepository extends CrudRepository<PowerFeed, Long> {
    List<PowerFeed> findBySiteId(String siteId);

    long countBySiteId(String siteId);
}
