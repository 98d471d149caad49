package vn.dcim.core.backup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BackupRunRepository extends CrudRepository<BackupRun, Long> {
    List<BackupRun> findTop50OrderByIdDesc();
}
