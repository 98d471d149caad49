package vn.dcim.core.power;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PowerLinkRepository extends CrudRepository<PowerLink, Long> {
    @Query("SELECT l.* FROM power_link l JOIN power_node n ON n.id = l.downstream_id WHERE n.site_id = :siteId ORDER BY l.id")
    List<PowerLink> findBySite(String siteId);

    long countByUpstreamIdOrDownstreamId(Long upstreamId, Long downstreamId);

    boolean existsByUpstreamIdAndDownstreamId(Long upstreamId, Long downstreamId);
}
