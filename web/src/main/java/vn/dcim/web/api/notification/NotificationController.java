package vn.dcim.web.api.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.notification.Notification;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;

import java.time.Instant;

/** The delivery record of every notification: attempts, last failure, when delivered. */
@Tag(name = "Notifications", description = "The notification outbox: attempts, failures, deliveries (Art. 30.8c)")
@Controller("/api/notifications")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationController {
    private final Notifications notifications;
    private final ScopedEquipment scoped;

    @ScopeAware
    @Get
    Page<Delivery> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @QueryValue(defaultValue = "50") int limit,
                        @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        if (scope.limited()) {
            // a limited account reads the messages about the alarms of its sites and devices, cut and paged in SQL
            var page = notifications.outboxWithin(scope.siteIds(), scoped.deviceIdsOf(scope), limit, offset);
            return Page.of(request, page.count(), limit, offset, page.items().stream().map(Delivery::of).toList());
        }
        var page = notifications.outbox(limit, offset);
        return Page.of(request, page.getTotalSize(), limit, offset, page.getContent().stream().map(Delivery::of).toList());
    }

    @Serdeable
    record Delivery(long id, String role, String channel, String address, String subject, @Nullable Long alarmId,
                    @Nullable Long incidentId, Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant deliveredAt,
                    @Nullable String lastError) {

        static Delivery of(Notification n) {
            return new Delivery(n.id(), n.role().name(), n.channel().name(), n.address(), n.subject(), n.alarmId(), n.incidentId(),
                    n.createdAt(), n.attempts(), n.nextAttemptAt(), n.deliveredAt(), n.lastError());
        }
    }
}
