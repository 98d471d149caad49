package vn.dcim.core.notification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NotificationRepository extends CrudRepository<Notification, Long> {
    List<Notification> findByDeliveredAtIsNullAndDeadAtIsNullAndNextAttemptAtLessThanEquals(Instant now, Pageable pageable);

    Page<Notification> findAll(Pageable pageable);

    List<Notification> findByDeliveredAtIsNullAndCreatedAtLessThan(Instant before);

    List<Notification> findByIncidentIdOrderById(Long incidentId);

    List<Notification> findByAlarmIdOrderById(Long alarmId);

    List<Notification> findByAttachmentLikeOrderById(String pattern);
}
