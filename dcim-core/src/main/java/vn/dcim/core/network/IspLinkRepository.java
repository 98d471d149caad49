package vn.dcim.core.network;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IspLinkRepository extends CrudRepository<IspLink, Long> {
    List<IspLink> findBySiteId(String siteId);

    long countBySiteId(String siteId);
}
