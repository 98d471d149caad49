package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoomRepository extends CrudRepository<Room, Long> {
    List<Room> findBySiteIdOrderByName(String siteId);

    List<Room> findByIdInList(java.util.Collection<Long> ids);

    List<Room> findByKind(RoomKind kind);

    String MATCHES = "(:siteId IS NULL OR site_id = :siteId) AND (:kind IS NULL OR kind = :kind)";

    /** Rooms by id, filtered and paged in SQL; a null filter matches all. */
    @Query("SELECT * FROM room WHERE " + MATCHES + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Room> search(@Nullable String siteId, @Nullable String kind, int limit, int offset);

    @Query("SELECT COUNT(*) FROM room WHERE " + MATCHES)
    long countSearch(@Nullable String siteId, @Nullable String kind);

    String WITHIN = "(:anySite = TRUE OR site_id IN (:sites)) AND (:anyAgency = TRUE OR id IN (:agencyRooms)"
            + " OR id IN (SELECT room_id FROM rack WHERE id IN (:agencyRacks)))";

    /** The rooms a limited account may see, filtered, one page of them by id (cut and paged in SQL). */
    @Query("SELECT * FROM room WHERE " + MATCHES + " AND " + WITHIN + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Room> searchWithin(@Nullable String siteId, @Nullable String kind, boolean anySite, Collection<String> sites,
                            boolean anyAgency, Collection<Long> agencyRooms, Collection<Long> agencyRacks, int limit, int offset);

    @Query("SELECT COUNT(*) FROM room WHERE " + MATCHES + " AND " + WITHIN)
    long countSearchWithin(@Nullable String siteId, @Nullable String kind, boolean anySite, Collection<String> sites,
                           boolean anyAgency, Collection<Long> agencyRooms, Collection<Long> agencyRacks);

    long countBySiteId(String siteId);
}
