package vn.dcim.core.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IncidentRepository extends CrudRepository<Incident, Long> {
    List<Incident> findByStatusInListAndLastAlarmAtGreaterThanEqualsOrderByOpenedAtDesc(Collection<IncidentStatus> statuses, Instant since);

    Page<Incident> findByStatusInList(Collection<IncidentStatus> statuses, Pageable pageable);

    Page<Incident> findAll(Pageable pageable);

    @Query("SELECT * FROM incident WHERE status <> 'closed' ORDER BY opened_at, id LIMIT :most")
    List<Incident> notClosed(int most);

    @Query("SELECT * FROM incident WHERE opened_at >= :from AND opened_at < :to ORDER BY opened_at")
    List<Incident> openedIn(Instant from, Instant to);

    @Query("SELECT * FROM incident WHERE opened_at >= :from AND opened_at < :to ORDER BY opened_at, id LIMIT :most")
    List<Incident> openedBetween(Instant from, Instant to, int most);

    @Query("SELECT * FROM incident WHERE closed_at >= :from AND closed_at < :to ORDER BY closed_at, id LIMIT :most")
    List<Incident> closedBetween(Instant from, Instant to, int most);

    long countByOpenedAtGreaterThanEquals(Instant since);

    long countByStatusAndClosedAtGreaterThanEquals(IncidentStatus status, Instant since);

    /** Opened since then with no operational level, or with no security level when {@code security}: blank is none. */
    @Query("SELECT id FROM incident WHERE opened_at >= :since "
            + "AND COALESCE(IF(:security, security_level, level), '') NOT REGEXP '[^[\\:space\\:]]' ORDER BY id")
    List<Long> unclassifiedSince(Instant since, boolean security);

    /** Closed since then with no journal line or no resolution written. */
    @Query("SELECT i.id FROM incident i WHERE i.status = 'closed' AND i.closed_at >= :since AND (NOT EXISTS "
            + "(SELECT 1 FROM incident_journal j WHERE j.incident_id = i.id) OR COALESCE(i.resolution, '') NOT REGEXP '[^[\\:space\\:]]') ORDER BY i.id")
    List<Long> closedUnrecordedSince(Instant since);

    // the links of alarms to incidents (incident_alarm: an alarm is in at most one incident)

    /** 1 when linked, 0 when the alarm already belongs to an incident. */
    @Query("INSERT IGNORE INTO incident_alarm (incident_id, alarm_id) VALUES (:incidentId, :alarmId)")
    int link(long incidentId, long alarmId);

    @Query("SELECT incident_id FROM incident_alarm WHERE alarm_id = :alarmId")
    Optional<Long> incidentOfAlarm(long alarmId);

    @Query("SELECT alarm_id FROM incident_alarm WHERE incident_id = :incidentId ORDER BY alarm_id")
    List<Long> alarmIdsOf(long incidentId);

    @Query("SELECT DISTINCT l.incident_id FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id WHERE a.source = :source "
            + "ORDER BY l.incident_id DESC LIMIT :most")
    List<Long> incidentsOfSource(String source, int most);

    @Query("SELECT a.rule_id, a.source, a.instance, a.site_id FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id "
            + "WHERE l.incident_id = :incidentId ORDER BY a.id")
    List<LinkedAlarm> linkedAlarms(long incidentId);

    /**
     * The alarms raised in (from, upTo] under these rules that still stand alone and in no incident, and did not clear
     * within their settle time: they waited for their device's drop, which never came.
     */
    @Query("SELECT a.id FROM alarm a LEFT JOIN incident_alarm l ON l.alarm_id = a.id WHERE l.alarm_id IS NULL "
            + "AND a.raised_at > :from AND a.raised_at <= :upTo AND NOT a.suppressed AND a.root_alarm_id IS NULL AND a.released_at IS NULL "
            + "AND (a.cleared_at IS NULL OR a.cleared_at > a.raised_at + INTERVAL :settleSeconds SECOND) AND a.rule_id IN (:ruleIds) "
            + "ORDER BY a.raised_at, a.id")
    List<Long> settledAlone(Instant from, Instant upTo, long settleSeconds, Collection<String> ruleIds);
}
