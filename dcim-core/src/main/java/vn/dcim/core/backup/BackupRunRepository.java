package vn.dcim.core.backup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BackupRunRepository extends CrudRepository<BackupRun, Long> {
    List<BackupRun> findTop50OrderByIdDesc();

    Optional<BackupRun> findFirstByOkOrderByIdDesc(boolean ok);
}
