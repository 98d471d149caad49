package vn.dcim.web.ui.maintenance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.maintenance.NewWorkOrder;
import vn.dcim.core.maintenance.ReadingEntry;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedIds;
import vn.dcim.web.api.maintenance.Workers;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The crew screen's forms: the supervisor's new order for a device or a rack of their scope, and an order started,
 * finished or handed on with its readings. Each goes back to the list at the order, a refused one saying why.
 */
@Hidden
@Controller("/ui/workorders")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrderForms {
    private final WorkOrders workOrders;
    private final Workers workers;
    private final ScopedIds scopedIds;
    private final WorkTargets targets;

    /** The supervisor's form: title, kind, "device:ID" or "rack:ID", due date, crew; back to the list at the new order. */
    @ScopeAware
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        String target = form.getOrDefault("target", "");
        String refused = null;
        long id = 0;
        try {
            LocalDate due;
            WorkOrderKind kind;
            try {
                due = LocalDate.parse(form.getOrDefault("dueDate", ""));
                kind = WorkOrderKind.valueOf(form.getOrDefault("kind", "corrective"));
            } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidInputException("dueDate", "not a date or kind").explained("error.workorder.due-past");
            }
            Long rackId = null;
            if (target.startsWith("rack:")) {
                try {
                    rackId = Long.valueOf(target.substring(5));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("rack", "not a rack").explained("error.workorder.device-or-rack");
                }
            }
            String deviceId = target.startsWith("device:") ? target.substring(7) : null;
            if (scope.limited() && (deviceId != null && !scopedIds.admits(scope, ScopeAware.Id.device, deviceId)
                    || rackId != null && !targets.rackInScope(scope, rackId))) {
                throw new InvalidInputException("target", "not a device or rack of the account's scope").explained("error.workorder.device-or-rack");
            }
            id = workOrders.create(new NewWorkOrder(form.get("title"), kind, deviceId, rackId, due, form.get("crew")), workers.of(request)).id();
        } catch (NotAllowedException e) {
            refused = "not-allowed";
        } catch (InvalidInputException e) {
            refused = "create-invalid";
        }
        return HttpResponse.seeOther(URI.create("/ui/workorders" + (refused == null ? "#wo-" + id : "?refused=" + refused + "#wo-new")));
    }

    @ScopeAware(id = ScopeAware.Id.workOrder)
    @Post(value = "/{id}/{status}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(@PathVariable long id, @PathVariable WorkOrderStatus status, @Body Map<String, String> form,
                                HttpRequest<?> request) {
        String crew = form.get("crew");
        String back = "/ui/workorders" + (crew == null || crew.isBlank() ? "" : "?crew=" + URLEncoder.encode(crew, StandardCharsets.UTF_8));
        String refused = null;
        try {
            workOrders.move(id, status, crew == null || crew.isBlank() ? null : crew, form.get("notes"), form.get("checklist"),
                    status == WorkOrderStatus.in_progress || status == WorkOrderStatus.done ? entries(form) : null,
                    workers.of(request));
        } catch (NotAllowedException e) {
            refused = "not-allowed";
        } catch (ConflictException e) {
            refused = e.explanation() != null && e.explanation().key().equals("error.workorder.own-work") ? "own-work" : "conflict";
        } catch (InvalidInputException e) {
            refused = "invalid";
        }
        return HttpResponse.seeOther(URI.create(back + (refused == null ? "" : (back.contains("?") ? "&" : "?") + "refused=" + refused)
                + "#wo-" + id));
    }

    /**
     * The readings form: one field a metric, named "reading|device|metric|instance"; a comma is read
     * as the decimal mark, as Vietnamese writes it; a blank field is a metric not read.
     */
    static List<ReadingEntry> entries(Map<String, String> form) {
        List<ReadingEntry> out = new ArrayList<>();
        form.forEach((name, value) -> {
            String[] parts = name.split("\\|", 4);
            if (parts.length == 4 && parts[0].equals("reading")) {
                Double number = null;
                if (value != null && !value.isBlank()) {
                    try {
                        number = Double.valueOf(value.strip().replace(',', '.'));
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("readings", "not a number: " + value).explained("error.workorder.reading-number");
                    }
                    if (!Double.isFinite(number)) {
                        throw new InvalidInputException("readings", "not a number: " + value).explained("error.workorder.reading-number");
                    }
                }
                out.add(new ReadingEntry(parts[1], parts[2], parts[3], number));
            }
        });
        return out;
    }
}
