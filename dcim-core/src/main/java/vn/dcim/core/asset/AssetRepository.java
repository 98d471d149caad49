package vn.dcim.core.asset;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssetRepository extends CrudRepository<Asset, Long> {
    List<Asset> findBySiteIdOrderByName(String siteId);

    Optional<Asset> findByLabelCode(String labelCode);

    long countBySiteId(String siteId);

    List<Asset> findByRackIdOrderByPositionU(Long rackId);

    List<Asset> findAllOrderById();

    List<Asset> findByIdInListOrderById(Collection<Long> ids);

    long countByRoomId(Long roomId);

    long countByRackId(Long rackId);

    List<Asset> findBySiteIdAndStatusNotEqualAndIdNotEqual(String siteId, AssetStatus status, Long id);
}
