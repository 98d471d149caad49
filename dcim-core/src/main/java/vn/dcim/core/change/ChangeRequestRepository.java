package vn.dcim.core.change;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeRequestRepository extends CrudRepository<ChangeRequest, Long> {

    Optional<ChangeRequest> findByWorkOrderId(long workOrderId);

    List<ChangeRequest> findByAssetIdAndStatusInList(long assetId, Collection<ChangeStatus> statuses);
}
