package vn.dcim.core.stocktake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StocktakeScanRepository extends CrudRepository<StocktakeScan, Long> {
    Optional<StocktakeScan> findByStocktakeIdAndScanId(Long stocktakeId, String scanId);

    List<StocktakeScan> findByStocktakeIdOrderByScannedAt(Long stocktakeId);

    long countByStocktakeId(Long stocktakeId);
}
