package vn.dcim.core.cabling;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CableTerminationRepository extends CrudRepository<CableTermination, Long> {
    Optional<CableTermination> findByPortId(Long portId);

    boolean existsByPortId(Long portId);

    List<CableTermination> findByPortIdIn(Collection<Long> portIds);

    List<CableTermination> findByCableIdOrderByEnd(Long cableId);

    List<CableTermination> findByCableIdIn(Collection<Long> cableIds);

    void deleteByCableId(Long cableId);
}
