package vn.dcim.core.notification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RecipientRepository extends CrudRepository<Recipient, Long> {
    List<Recipient> findByRoleAndEnabled(RecipientRole role, boolean enabled);

    List<Recipient> findAllOrderByRoleAndName();
}
