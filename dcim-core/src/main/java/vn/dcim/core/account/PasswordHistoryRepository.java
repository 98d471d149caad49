package vn.dcim.core.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PasswordHistoryRepository extends CrudRepository<PasswordHistoryEntry, Long> {
    List<PasswordHistoryEntry> findByAccountIdOrderByChangedAtDesc(long accountId, Pageable page);
}
