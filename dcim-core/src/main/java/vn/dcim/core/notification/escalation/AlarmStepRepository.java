package vn.dcim.core.notification.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The alarm_step table: written by the statements below (a level is claimed once), never saved whole. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AlarmStepRepository extends GenericRepository<AlarmStep, Long> {

    /** 1 when the level's step is recorded now; 0 when it was recorded already (unique alarm and level). */
    @Query("INSERT IGNORE INTO alarm_step (alarm_id, at, kind, level, told) VALUES (:alarmId, :at, :kind, :level, :told)")
    int claim(long alarmId, Instant at, String kind, int level, @Nullable String told);

    @Query("UPDATE alarm_step SET kind = :kind, told = :told WHERE alarm_id = :alarmId AND level = :level")
    void settle(long alarmId, int level, String kind, @Nullable String told);

    @Query("INSERT INTO alarm_step (alarm_id, at, kind, by_person, told) VALUES (:alarmId, :at, 'acknowledged', :person, :via)")
    void acknowledged(long alarmId, Instant at, String person, String via);

    @Query("SELECT * FROM alarm_step WHERE alarm_id = :alarmId ORDER BY at, id")
    List<AlarmStep> ofAlarm(long alarmId);

    @Query("SELECT * FROM alarm_step WHERE alarm_id IN (:alarmIds) ORDER BY alarm_id, at, id")
    List<AlarmStep> ofAlarms(Collection<Long> alarmIds);

    @Query("SELECT alarm_id, at FROM alarm_step WHERE kind = 'fallback' AND at >= :since ORDER BY at, id LIMIT :most")
    List<AlarmSteps.Fallback> fallbacksSince(Instant since, int most);

    /** An alarm's highest level reached so far, and when its latest step was taken. */
    @io.micronaut.core.annotation.Introspected
    record LevelReached(long alarmId, int level, Instant since) {
    }

    /** Of these alarms, by id, the first {@code most} whose highest level is below {@code below}. */
    @Query("SELECT alarm_id, MAX(level) AS level, MAX(at) AS since FROM alarm_step WHERE level IS NOT NULL AND alarm_id IN (:alarmIds) "
            + "GROUP BY alarm_id HAVING MAX(level) < :below ORDER BY alarm_id LIMIT :most")
    List<LevelReached> levelsBelow(Collection<Long> alarmIds, int below, int most);
}
