package vn.dcim.core.compliance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProfileSwitchRepository extends CrudRepository<ProfileSwitch, Long> {

    @Query("SELECT * FROM compliance_profile_switch WHERE centre_id = :centreId ORDER BY at, id")
    List<ProfileSwitch> ofCentre(long centreId);

    @Query("SELECT * FROM compliance_profile_switch WHERE centre_id = :centreId ORDER BY at DESC, id DESC LIMIT 1")
    Optional<ProfileSwitch> latest(long centreId);

    @Query("SELECT * FROM compliance_profile_switch WHERE centre_id = :centreId AND at <= :at ORDER BY at DESC, id DESC LIMIT 1")
    Optional<ProfileSwitch> latestAt(long centreId, java.time.Instant at);
}
