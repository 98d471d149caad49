package vn.dcim.core.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountSiteRepository extends CrudRepository<AccountSite, Long> {
    List<AccountSite> findByAccountIdOrderBySiteId(long accountId);

    void deleteByAccountIdAndSiteIdInList(long accountId, List<String> siteIds);
}
