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
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditEventRepository;
import vn.dcim.web.api.Page;

import java.util.List;

@Tag(name = "Audit", description = "Append-only log of every registry change")
@Controller("/api/audit-events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditEventController {
    private final AuditEventRepository events;

    public AuditEventController(AuditEventRepository events) {
        this.events = events;
    }

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
        List<AuditEventView> matching = events.findAllOrderByIdDesc().stream()
                .filter(e -> entityType == null || entityType.equals(e.entityType()))
                .filter(e -> entityId == null || entityId.equals(e.entityId()))
                .filter(e -> actor == null || actor.equals(e.actor()))
                .filter(e -> action == null || action.equals(e.action()))
                .map(AuditEventView::of)
                .toList();
        int from = Math.min(Math.max(offset, 0), matching.size());
        int to = Math.min(from + Math.max(limit, 1), matching.size());
        return Page.of(request, matching.size(), limit, offset, matching.subList(from, to));
    }
}
