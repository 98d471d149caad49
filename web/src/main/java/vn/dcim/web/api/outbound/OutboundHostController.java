package vn.dcim.web.api.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.outbound.OutboundHost;
import vn.dcim.core.outbound.OutboundHosts;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.util.List;

/**
 * The hosts webhooks may be sent to (Art. 25, against request forgery): kept by an administrator,
 * read by the auditor; a webhook recipient whose host is not listed is refused when it is saved and
 * when it is sent. An entry reaches an internal address (loopback, link-local, this machine's ports)
 * only with {@code allowInternal}.
 */
@Tag(name = "Outbound hosts", description = "Allow-list of the hosts webhooks may be sent to (Art. 25)")
@Controller("/api/outbound-hosts")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboundHostController {
    private final OutboundHosts hosts;
    private final AuditLog audit;

    @Get
    List<OutboundHostView> list() {
        return hosts.list().stream().map(OutboundHostView::of).toList();
    }

    @Get("/{id}")
    OutboundHostView show(@PathVariable long id) {
        return OutboundHostView.of(hosts.find(id));
    }

    @Post
    HttpResponse<OutboundHostView> create(@Valid @Body OutboundHostCommand body, HttpRequest<?> request) {
        OutboundHostView created = OutboundHostView.of(hosts.add(body.host(), body.port(), Boolean.TRUE.equals(body.allowInternal()),
                body.note(), SignedIn.name(request)));
        audit.record(SignedIn.name(request), "outbound-host", created.id(), "create", null, created);
        return HttpResponse.created(created);
    }

    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable long id, HttpRequest<?> request) {
        OutboundHostView before = OutboundHostView.of(hosts.remove(id));
        audit.record(SignedIn.name(request), "outbound-host", id, "delete", before, null);
        return HttpResponse.noContent();
    }

    @Serdeable
    record OutboundHostCommand(@NotBlank @Size(max = 253) String host, @Nullable @Min(1) @Max(65535) Integer port,
                               @Nullable Boolean allowInternal, @Nullable @Size(max = 200) String note) {
    }

    @Serdeable
    record OutboundHostView(Long id, String host, @Nullable Integer port, boolean allowInternal, @Nullable String note,
                            Instant createdAt, String createdBy) {
        static OutboundHostView of(OutboundHost h) {
            return new OutboundHostView(h.id(), h.host(), h.port(), h.allowInternal(), h.note(), h.createdAt(), h.createdBy());
        }
    }
}
