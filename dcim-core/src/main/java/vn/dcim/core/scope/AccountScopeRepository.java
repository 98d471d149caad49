package vn.dcim.core.scope;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountScopeRepository extends CrudRepository<AccountScope, Long> {

    List<AccountScope> findByAgencyId(Long agencyId);
}
