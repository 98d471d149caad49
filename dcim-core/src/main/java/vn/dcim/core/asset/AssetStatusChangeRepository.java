package vn.dcim.core.asset;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssetStatusChangeRepository extends CrudRepository<AssetStatusChange, Long> {
    List<AssetStatusChange> findByAssetIdOrderByChangedAt(Long assetId);

    List<AssetStatusChange> findByChangedAtLessThanOrderByChangedAt(Instant end);

    /** Every status change of every asset, the oldest first. */
    @Query("SELECT * FROM asset_status_change ORDER BY changed_at, id")
    List<AssetStatusChange> findAllInOrder();
}
