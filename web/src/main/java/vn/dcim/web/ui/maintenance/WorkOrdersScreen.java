package vn.dcim.web.ui.maintenance;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.maintenance.WorkOrderFilter;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.site.Rack;
import vn.dcim.core.maintenance.ReadingPrompt;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.maintenance.WorkOrderCatalog;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.api.maintenance.WorkOrderView;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The crew's phone screen: my work orders due by today, start and finish with one tap; the open ones,
 * the done ones (history, signed off included) or all, for one piece of equipment when asked; and the
 * supervisor's form that makes an order for a device or a rack ({@link WorkOrderForms} takes the forms).
 */
@Hidden
@Controller("/ui/workorders")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrdersScreen {
    // the refusals the screen explains (those WorkOrderForms sends back); anything else in the address is ignored
    private static final Set<String> REFUSALS = Set.of("not-allowed", "conflict", "own-work", "invalid", "create-invalid");
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final Clock clock;
    private final Workers workers;
    private final vn.dcim.core.change.Changes changes;
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
                        shownState), scope).stream()
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

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
