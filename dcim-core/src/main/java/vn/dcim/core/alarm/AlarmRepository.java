package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The alarm table's lookups and the filing of symptoms under their root. No save: an alarm row is written by
 * {@link Alarms}' upsert under its open key. A collection parameter is never empty (an empty IN is not SQL): callers
 * answer an empty request themselves.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AlarmRepository extends GenericRepository<AlarmRecord, Long> {

    @Query("SELECT id, severity FROM alarm WHERE acknowledged_at IS NULL AND closed_at IS NULL AND NOT suppressed "
            + "AND severity IN (:severities) ORDER BY id")
    List<Unacknowledged.Waiting> unacknowledged(Collection<String> severities);

    /** Without an instance every alarm of the source counts; with one, the whole device's ("0") or that instance's. */
    @Query("SELECT COALESCE(root_alarm_id, id) FROM alarm WHERE source = :source AND cleared_at IS NULL AND rule_id IN (:ruleIds) "
            + "AND (:instance IS NULL OR instance = '0' OR instance = :instance) ORDER BY raised_at, id LIMIT 1")
    Optional<Long> oldestActiveRoot(String source, Collection<String> ruleIds, @Nullable String instance);

    /** A root of the whole device (instance "0") holds every channel's alarm; a channel's only that channel's. */
    @Query("SELECT id FROM alarm WHERE source = :source AND id <> :rootId AND cleared_at IS NULL AND root_alarm_id IS NULL "
            + "AND released_at IS NULL AND raised_at >= :since AND (:instance = '0' OR instance = :instance) AND rule_id IN (:ruleIds)")
    List<Long> standingAloneOnTheDevice(String source, String instance, long rootId, Collection<String> ruleIds, Instant since);

    @Query("SELECT a.id FROM alarm a JOIN alarm r ON r.id = :rootId WHERE a.site_id = r.site_id AND a.id <> r.id "
            + "AND a.cleared_at IS NULL AND a.root_alarm_id IS NULL AND a.released_at IS NULL AND a.raised_at >= :since "
            + "AND a.rule_id IN (:ruleIds)")
    List<Long> standingAloneOnTheSite(long rootId, Collection<String> ruleIds, Instant since);

    /** The alarm and its own symptoms go under the root. */
    @Query("UPDATE alarm SET root_alarm_id = :rootId WHERE root_alarm_id = :alarmId OR id = :alarmId")
    void fileUnder(long rootId, long alarmId);

    @Query("UPDATE alarm SET suppressed = TRUE WHERE id = :alarmId")
    void holdBack(long alarmId);
}
