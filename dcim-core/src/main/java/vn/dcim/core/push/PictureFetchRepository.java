package vn.dcim.core.push;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PictureFetchRepository extends CrudRepository<PictureFetch, Long> {

    /** 1 when kept, 0 when the same event's picture (device and message) is kept already. */
    @Query("INSERT IGNORE INTO terminal_picture_fetch (credential_id, device_id, message_id, url, source_address, next_try_at, created_at) "
            + "VALUES (:credentialId, :deviceId, :messageId, :url, :sourceAddress, :now, :now)")
    int offer(long credentialId, String deviceId, String messageId, String url, String sourceAddress, Instant now);

    @Query("SELECT * FROM terminal_picture_fetch WHERE next_try_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now) "
            + "ORDER BY next_try_at, id LIMIT :most")
    List<PictureFetch> due(Instant now, int most);

    /** 1 when claimed; 0 when someone claimed it since it was read. */
    @Query("UPDATE terminal_picture_fetch SET claimed_until = :until WHERE id = :id AND (claimed_until IS NULL OR claimed_until <= :now)")
    int claim(long id, Instant now, Instant until);

    @Query("UPDATE terminal_picture_fetch SET attempts = attempts + 1, next_try_at = :at, claimed_until = NULL, last_error = :why WHERE id = :id")
    void putOff(long id, Instant at, String why);
}
