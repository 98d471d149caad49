package vn.dcim.core.centre;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProfileSwitchRepository extends CrudRepository<ProfileSwitch, Long> {

    @Query("SELECT * FROM centre_profile_change WHERE centre_id = :centreId ORDER BY at, id")
    List<ProfileSwitch> ofCentre(long centreId);
}
