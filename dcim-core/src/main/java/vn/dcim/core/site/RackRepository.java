package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RackRepository extends CrudRepository<Rack, Long> {
    List<Rack> findByRoomIdOrderByName(Long roomId);

    String MATCHES = "(:roomId IS NULL OR room_id = :roomId)";

    /** Racks by id, filtered and paged in SQL; a null room matches all. */
    @Query("SELECT * FROM rack WHERE " + MATCHES + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Rack> search(@Nullable Long roomId, int limit, int offset);

    @Query("SELECT COUNT(*) FROM rack WHERE " + MATCHES)
    long countSearch(@Nullable Long roomId);

    String WITHIN = "(:anySite = TRUE OR room_id IN (SELECT id FROM room WHERE site_id IN (:sites)))"
            + " AND (:anyAgency = TRUE OR id IN (:agencyRacks))";

    /** The racks a limited account may see, filtered, one page of them by id (cut and paged in SQL). */
    @Query("SELECT * FROM rack WHERE " + MATCHES + " AND " + WITHIN + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Rack> searchWithin(@Nullable Long roomId, boolean anySite, Collection<String> sites, boolean anyAgency,
                            Collection<Long> agencyRacks, int limit, int offset);

    @Query("SELECT COUNT(*) FROM rack WHERE " + MATCHES + " AND " + WITHIN)
    long countSearchWithin(@Nullable Long roomId, boolean anySite, Collection<String> sites, boolean anyAgency,
                           Collection<Long> agencyRacks);

    long countByRoomId(Long roomId);

    List<Rack> findByIdInList(Collection<Long> ids);
}
