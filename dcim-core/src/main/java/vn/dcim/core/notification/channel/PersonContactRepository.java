package vn.dcim.core.notification.channel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonContactRepository extends CrudRepository<PersonContact, Long> {
    List<PersonContact> findByPersonIdOrderById(Long personId);

    List<PersonContact> findByChannelTypeAndAddress(String channelType, String address);
}
