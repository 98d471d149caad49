package vn.dcim.web.ui.maintenance;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.WorkOrderFilter;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.maintenance.NewWorkOrder;
import vn.dcim.core.maintenance.ReadingEntry;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.site.Rack;
import vn.dcim.core.maintenance.ReadingPrompt;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.maintenance.WorkOrderCatalog;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedIds;
import vn.dcim.web.api.maintenance.WorkOrderView;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The crew's phone screen: my work orders due by today, start and finish with one tap; the open ones,
 * the done ones (history, signed off included) or all, for one piece of equipment when asked; and the
 * supervisor's form that makes an order for a device or a rack.
 */
@Hidden
@Controller("/ui/workorders")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrdersScreen {
    // the refusals the screen explains; anything else in the address is ignored
    private static final Set<String> REFUSALS = Set.of("not-allowed", "conflict", "own-work", "invalid", "create-invalid");
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final Clock clock;
    private final Workers workers;
    private final vn.dcim.core.change.Changes changes;
    private final ScopedIds scopedIds;
    private final WorkTargets targets;

    /**
     * The work orders shown (a crew's own and the unassigned ones it may take; open, done or all), each order's
     * readings form and the change that made it, the filter as asked, and for a supervisor the devices and racks an
     * order may be made for (null for others).
     */
    @Introspected
    record ListPage(Navigation.Frame frame, List<WorkOrderView> orders, Map<Long, List<ReadingPrompt>> prompts,
                    Map<Long, Long> changeOf, String crew, @Nullable String refused, LocalDate today, String state,
                    @Nullable Long asset, boolean canCreate, @Nullable List<MonitoredDevice> devices,
                    @Nullable List<Rack> racks) implements ScreenView {
    }

    @HtmlScreen
    @ScopeAware
    @View("maintenance/workorders")
    @Get
    public ListPage list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue("crew") String asked,
                         @Nullable @QueryValue String refused, @Nullable @QueryValue String state,
                         @Nullable @QueryValue Long asset, @Nullable @QueryValue String device,
                         @Nullable @QueryValue Long rack) {
        LocalDate today = LocalDate.now(clock);
        // a technician's screen is their crew's, whatever the address asks for (Art. 16.1)
        String crew = workers.crewOnly(request) ? String.valueOf(workers.of(request).crew()) : asked;
        // a crew sees its own orders and the unassigned ones it may take: an order exists only from its
        // plan's lead time before the due date, so every open one is work of the coming days
        // open (default): the work to do and to sign off; done: done or signed off (the history); all
        String shownState = "done".equals(state) || "all".equals(state) ? state : "open";
        List<WorkOrderView> orders = catalog.find(new WorkOrderFilter(null, null, null, blank(device) ? null : device, rack, asset,
                        shownState), scope.limited() ? scopedIds.workOrders(scope) : null).stream()
                .filter(o -> crew == null || crew.isBlank() || o.crew() == null || o.crew().toLowerCase().contains(crew.toLowerCase()))
                .toList();
        // the readings form of each order about to start or finish, pre-filled with the devices' latest values
        Map<Long, List<ReadingPrompt>> prompts = new HashMap<>();
        for (WorkOrderView o : orders) {
            if (o.status().equals("assigned") || o.status().equals("in_progress")) {
                workOrders.find(o.id()).ifPresent(w -> prompts.put(o.id(), workOrders.prompts(w)));
            }
        }
        // an order made by an approved change: its checklist is the change's, confirmed by scanning on its page
        Map<Long, Long> changeOf = new HashMap<>();
        for (WorkOrderView o : orders) {
            changes.ofWorkOrder(o.id()).ifPresent(c -> changeOf.put(o.id(), c.id()));
        }
        // a supervisor makes work orders by hand (Art. 14.3): for a monitored device or a rack
        boolean canCreate = workers.of(request).supervisor();
        // a limited account makes orders on the equipment of its scope (the order is then one it sees)
        WorkTargets.Targets offered = canCreate ? targets.of(scope) : null;
        return new ListPage(Navigation.frame(request, "workorders"), orders, prompts, changeOf, crew == null ? "" : crew,
                refused != null && REFUSALS.contains(refused) ? refused : null, today, shownState, asset, canCreate,
                offered == null ? null : offered.devices(), offered == null ? null : offered.racks());
    }

    /** The supervisor's form: title, kind, "device:ID" or "rack:ID", due date, crew; back to the list at the new order. */
    @ScopeAware
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @ScopeAware(id = ScopeAware.Id.workOrder)
    @Post(value = "/{id}/{status}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
