package vn.dcim.core.cabling;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CableRepository extends CrudRepository<Cable, Long> {
    boolean existsByLabel(String label);

    List<Cable> findByIdIn(Collection<Long> ids);
}
