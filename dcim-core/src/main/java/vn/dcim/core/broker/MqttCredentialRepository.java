package vn.dcim.core.broker;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MqttCredentialRepository extends CrudRepository<MqttCredential, Long> {
    Optional<MqttCredential> findByUsername(String username);

    List<MqttCredential> findAllOrderByUsername();

    boolean existsByUsername(String username);

    void deleteByUsername(String username);
}
