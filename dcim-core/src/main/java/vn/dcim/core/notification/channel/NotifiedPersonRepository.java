package vn.dcim.core.notification.channel;

import io.micronaut.data.annotation.Query;
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

    /** The enabled people of a position who are told of a centre's alarms: that centre's and the province's (no centre). */
    @Query("SELECT * FROM notified_person WHERE position = :position AND enabled = TRUE AND (centre_id IS NULL OR centre_id = :centreId) "
            + "ORDER BY name")
    List<NotifiedPerson> findForCentre(String position, long centreId);

    List<NotifiedPerson> findAllOrderByName();

    /** A person told of one centre's alarms only. */
    @io.micronaut.core.annotation.Introspected
    record CentreOfPerson(long id, long centreId) {
    }

    /** The people told of one centre's alarms only; the others are told of every centre's. */
    @Query("SELECT id, centre_id FROM notified_person WHERE centre_id IS NOT NULL")
    List<CentreOfPerson> centresOfPeople();

    /** Empty when the person is told of every centre's alarms (or is not registered). */
    @Query("SELECT centre_id FROM notified_person WHERE id = :personId AND centre_id IS NOT NULL")
    Optional<Long> centreOf(long personId);

    @Query("UPDATE notified_person SET centre_id = :centreId WHERE id = :personId")
    void assignCentre(long personId, @io.micronaut.core.annotation.Nullable Long centreId);
}
