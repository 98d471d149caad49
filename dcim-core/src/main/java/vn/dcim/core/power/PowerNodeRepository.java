package vn.dcim.core.power;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PowerNodeRepository extends CrudRepository<PowerNode, Long> {
    List<PowerNode> findBySiteIdOrderById(String siteId);

    boolean existsBySiteIdAndName(String siteId, String name);

    long countBySiteId(String siteId);

    boolean existsBySiteIdAndKind(String siteId, PowerNodeKind kind);

    long countByRackId(Long rackId);

    List<PowerNode> findByKindInListOrderById(Collection<PowerNodeKind> kinds);

    List<PowerNode> findByKindInListAndSiteIdInListOrderById(Collection<PowerNodeKind> kinds, Collection<String> siteIds);
}
