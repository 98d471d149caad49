package vn.dcim.core.change;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeLinkRepository extends CrudRepository<ChangeLink, Long> {

    List<ChangeLink> findByChangeIdOrderById(long changeId);
}
