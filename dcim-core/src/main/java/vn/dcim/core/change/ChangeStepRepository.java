package vn.dcim.core.change;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeStepRepository extends CrudRepository<ChangeStep, Long> {

    List<ChangeStep> findByChangeIdOrderBySeq(long changeId);
}
