package vn.dcim.core.push;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PushCredentialRepository extends CrudRepository<PushCredentialRow, Long> {
    @Query("SELECT * FROM push_credential ORDER BY device_id, id")
    List<PushCredentialRow> byDevice();

    List<PushCredentialRow> findByDeviceIdOrderById(String deviceId);

    boolean existsByDialectAndSerial(String dialect, String serial);

    Optional<PushCredentialRow> findByTokenHashAndDialect(String tokenHash, String dialect);

    Optional<PushCredentialRow> findBySerialAndDialect(String serial, String dialect);

    /** The token credentials of a device in a dialect that keep their MD5 Digest secret. */
    @Query("SELECT * FROM push_credential WHERE device_id = :deviceId AND dialect = :dialect AND digest_md5 IS NOT NULL ORDER BY id")
    List<PushCredentialRow> withMd5Digest(String deviceId, String dialect);

    @Query("SELECT * FROM push_credential WHERE device_id = :deviceId AND dialect = :dialect AND digest_sha256 IS NOT NULL ORDER BY id")
    List<PushCredentialRow> withSha256Digest(String deviceId, String dialect);

    @Query("SELECT DISTINCT device_id FROM push_credential WHERE dialect = :dialect AND digest_md5 IS NOT NULL")
    List<String> devicesWithDigest(String dialect);

    /** 1 when the credential is there; {@code user} and {@code sealedPassword} null forget the account. */
    @Query("UPDATE push_credential SET terminal_user = :user, terminal_password = :sealedPassword WHERE id = :id")
    int keepTerminalAccount(long id, @Nullable String user, @Nullable String sealedPassword);

    /** 1 when the credential was there. */
    @Query("DELETE FROM push_credential WHERE id = :id")
    int revoke(long id);
}
