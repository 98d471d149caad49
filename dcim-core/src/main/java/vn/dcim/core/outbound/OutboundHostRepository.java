package vn.dcim.core.outbound;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboundHostRepository extends CrudRepository<OutboundHost, Long> {
    List<OutboundHost> findAllOrderByHostAndPort();

    List<OutboundHost> findByHost(String host);
}
