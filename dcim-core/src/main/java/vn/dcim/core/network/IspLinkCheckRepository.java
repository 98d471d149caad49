package vn.dcim.core.network;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IspLinkCheckRepository extends CrudRepository<IspLinkCheck, Long> {
    Optional<IspLinkCheck> findFirstByLinkIdOrderByTsDesc(Long linkId);

    long countByLinkIdAndTsGreaterThanEqualsAndTsLessThan(Long linkId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM isp_link_check WHERE link_id = :linkId AND ts >= :from AND ts < :to AND up = TRUE")
    long countUp(Long linkId, Instant from, Instant to);
}
