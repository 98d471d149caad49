package vn.dcim.core.licence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SoftwareAssetRepository extends CrudRepository<SoftwareAsset, Long> {
    List<SoftwareAsset> findAllOrderById();

    List<SoftwareAsset> findByIdInListOrderById(Collection<Long> ids);

    long countBySiteId(String siteId);
}
