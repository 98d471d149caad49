package vn.dcim.web.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.web.api.Page;


@Tag(name = "Audit", description = "Append-only log of every registry change")
@Controller("/api/audit-events")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class AuditEventController {
    private final AuditLog log;

    @Serdeable
    public record AuditEventView(long id, String occurredAt, String actor, String entityType, String entityId,
                                 String action, @Nullable String before, @Nullable String after) {
        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id(), e.occurredAt().toString(), e.actor(), e.entityType(), e.entityId(),
                    e.action(), e.beforeJson(), e.afterJson());
        }
    }

    @Operation(summary = "Browse the audit log, newest first", description = "Filters: entityType, entityId, actor, action")
    @Get
    public Page<AuditEventView> list(HttpRequest<?> request, @Nullable @QueryValue String entityType,
                                     @Nullable @QueryValue String entityId, @Nullable @QueryValue String actor,
                                     @Nullable @QueryValue String action,
                                     @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        AuditLog.Browsed page = log.browse(entityType, entityId, actor, action, limit, offset);
        return Page.of(request, page.total(), limit, offset, page.events().stream().map(AuditEventView::of).toList());
    }
}
