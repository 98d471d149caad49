package vn.dcim.web.ui.maintenance;

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
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.web.api.maintenance.WorkOrderCatalog;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The crew's phone screen: my work orders due by today, start and finish with one tap. */
@Hidden
@Controller("/ui/workorders")
public class WorkOrdersScreen {
    private final WorkOrderCatalog catalog;
    private final WorkOrders workOrders;
    private final Clock clock;
    private final Workers workers;

    WorkOrdersScreen(WorkOrderCatalog catalog, WorkOrders workOrders, Clock clock, Workers workers) {
        this.workers = workers;
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    @View("maintenance/workorders")
    @Get
    public Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue("crew") String asked,
                                    @Nullable @QueryValue String refused) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        // a technician's screen is their crew's, whatever the address asks for (Art. 16.1)
        String crew = workers.crewOnly(request) ? String.valueOf(workers.of(request).crew()) : asked;
        // a crew sees its own orders and the unassigned ones it may take, due by today
        model.put("orders", catalog.find(null, null, crew == null ? null : today).stream()
                .filter(o -> !o.status().equals("verified") && !o.status().equals("cancelled"))
                .filter(o -> crew == null || crew.isBlank() || o.crew() == null || o.crew().toLowerCase().contains(crew.toLowerCase()))
                .toList());
        model.put("crew", crew == null ? "" : crew);
        model.put("refused", "not-allowed".equals(refused) || "conflict".equals(refused) ? refused : null);
        model.put("today", today);
        model.put("nav", Navigation.items());
        model.put("path", request.getPath());
        model.put("screen", "workorders");
        return model;
    }

    @Post(value = "/{id}/{status}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(@PathVariable long id, @PathVariable WorkOrderStatus status, @Body Map<String, String> form,
                                HttpRequest<?> request) {
        String crew = form.get("crew");
        String back = "/ui/workorders" + (crew == null || crew.isBlank() ? "" : "?crew=" + URLEncoder.encode(crew, StandardCharsets.UTF_8));
        try {
            workOrders.move(id, status, crew == null || crew.isBlank() ? null : crew, form.get("notes"), form.get("checklist"),
                    workers.of(request));
        } catch (NotAllowedException e) {
            return HttpResponse.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "refused=not-allowed"));
        } catch (ConflictException e) {
            return HttpResponse.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "refused=conflict"));
        }
        return HttpResponse.seeOther(URI.create(back));
    }
}
