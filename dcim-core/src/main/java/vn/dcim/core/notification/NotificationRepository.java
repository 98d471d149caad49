package vn.dcim.core.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationRepository extends CrudRepository<Notification, Long> {
    List<Notification> findByDeliveredAtIsNullAndDeadAtIsNullAndNextAttemptAtLessThanEquals(Instant now, Pageable pageable);

    Page<Notification> findAll(Pageable pageable);

    List<Notification> findByDeliveredAtIsNullAndCreatedAtLessThan(Instant before);

    List<Notification> findByIncidentIdOrderById(Long incidentId);

    List<Notification> findByAlarmIdOrderById(Long alarmId);

    List<Notification> findByAttachmentLikeOrderById(String pattern);

    /** About an alarm of these sites ({@code anySite}: of any) and of these devices ({@code anyDevice}: of any). */
    String ABOUT_ALARMS_WITHIN = "alarm_id IN (SELECT id FROM alarm WHERE (:anySite = TRUE OR site_id IN (:sites)) "
            + "AND (:anyDevice = TRUE OR source IN (:devices)))";

    /** The messages about the alarms of some sites and devices, newest first, one page of them (cut in SQL). */
    @Query("SELECT * FROM notification WHERE " + ABOUT_ALARMS_WITHIN + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<Notification> pageAboutAlarmsWithin(boolean anySite, Collection<String> sites, boolean anyDevice, Collection<String> devices,
                                             int limit, int offset);

    @Query("SELECT COUNT(*) FROM notification WHERE " + ABOUT_ALARMS_WITHIN)
    long countAboutAlarmsWithin(boolean anySite, Collection<String> sites, boolean anyDevice, Collection<String> devices);
}
