package vn.dcim.core.notification.channel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotifiedPersonRepository extends CrudRepository<NotifiedPerson, Long> {
    Optional<NotifiedPerson> findByName(String name);

    List<NotifiedPerson> findByNameInListAndEnabled(Collection<String> names, boolean enabled);

    List<NotifiedPerson> findByPositionAndEnabled(String position, boolean enabled);

    List<NotifiedPerson> findAllOrderByName();
}
