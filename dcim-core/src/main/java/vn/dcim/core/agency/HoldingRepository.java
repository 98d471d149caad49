package vn.dcim.core.agency;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HoldingRepository extends CrudRepository<Holding, Long> {

    Optional<Holding> findByKindAndItemId(EquipmentKind kind, String itemId);

    List<Holding> findByKindAndItemIdIn(EquipmentKind kind, Collection<String> itemIds);

    List<Holding> findByAgencyIdOrderByItemId(long agencyId);

    List<Holding> findByAgencyIdAndKind(long agencyId, EquipmentKind kind);
}
