package vn.dcim.web.ui.agency;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.web.api.agency.HeldEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register of hosted agencies for the asset manager (who owns what), and an agency's own page for its people:
 * its equipment with the current readings, its open alarms and work orders, its monthly reports.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyScreens {
    private static final String AGENCIES = "Agencies";
    private static final Set<String> FIELDS = Set.of("code", "name", "contactEmail", "kind", "itemId", "agencyId", "retiredAt");

    private final Agencies agencies;
    private final AgencyEquipment equipment;
    private final HeldEquipment held;
    private final ScopedEquipment scoped;
    private final Alarms alarms;
    private final LatestReadings latest;
    private final WorkOrders workOrders;
    private final AccessRules rules;
    private final AssetRegistry assets;
    private final vn.dcim.core.cabling.PowerConnections power;

    @HtmlScreen
    @View("agencies/list")
    @Get("/agencies{?retired,refused}")
    public Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue Boolean retired, @Nullable @QueryValue String refused) {
        Map<String, Object> model = Navigation.page(request, "agencies");
        boolean withRetired = Boolean.TRUE.equals(retired);
        model.put("agencies", agencies.list(withRetired, 500, 0));
        model.put("retired", withRetired);
        model.put("refused", ScreenForms.refused(refused, FIELDS));
        model.put("canChange", rules.mayChange(request, AGENCIES));
        return model;
    }

    @Post(value = "/agencies/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        return ScreenForms.submitted(() -> {
            try {
                Agency a = agencies.add(form.get("code"), form.get("name"), blank(form.get("contactName")),
                        blank(form.get("contactPhone")), blank(form.get("contactEmail")), blank(form.get("notes")), SignedIn.name(request));
                return "/ui/agencies/" + a.id();
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("code", e.getMessage()).explained("agency.refused.code");
            }
        }, "/ui/agencies", "#agency-new");
    }

    @HtmlScreen
    @View("agencies/agency")
    @Get("/agencies/{id}{?refused}")
    public Map<String, Object> agency(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String refused) {
        Map<String, Object> model = Navigation.page(request, "agencies");
        model.put("agency", agencies.get(id));
        model.put("equipment", held.of(id, Scope.EVERYTHING));
        model.put("kinds", EquipmentKind.values());
        model.put("refused", ScreenForms.refused(refused, FIELDS));
        model.put("canChange", rules.mayChange(request, AGENCIES));
        return model;
    }

    @Post(value = "/agencies/{id}/equipment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        String page = "/ui/agencies/" + id;
        return ScreenForms.submitted(() -> {
            EquipmentKind kind;
            try {
                kind = EquipmentKind.valueOf(form.getOrDefault("kind", ""));
            } catch (IllegalArgumentException e) {
                throw (InvalidInputException) new InvalidInputException("kind", "unknown kind").explained("agency.refused.kind");
            }
            String itemId = form.getOrDefault("itemId", "").strip();
            try {
                equipment.assign(id, kind, itemId, SignedIn.name(request));
            } catch (NotFoundException e) {
                throw (InvalidInputException) new InvalidInputException("itemId", e.getMessage()).explained("agency.refused.itemId");
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("retiredAt", e.getMessage()).explained("agency.refused.retiredAt");
            }
            return page + "#equipment";
        }, page, "#assign");
    }

    @Post(value = "/agencies/{id}/equipment/{kind}/{itemId}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> release(@PathVariable long id, @PathVariable EquipmentKind kind, @PathVariable String itemId,
                                   HttpRequest<?> request) {
        if (java.util.Objects.equals(equipment.owner(kind, itemId), id)) {
            equipment.release(kind, itemId, SignedIn.name(request));
        }
        return HttpResponse.seeOther(URI.create("/ui/agencies/" + id + "#equipment"));
    }

    @Post(value = "/agencies/{id}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> retire(@PathVariable long id, HttpRequest<?> request) {
        try {
            agencies.retire(id, SignedIn.name(request));
            return HttpResponse.seeOther(URI.create("/ui/agencies/" + id));
        } catch (ConflictException e) {
            return HttpResponse.seeOther(URI.create("/ui/agencies/" + id + "?refused=retiredAt"));
        }
    }

    /**
     * An agency's own page: what it owns, each device's current values (its power draw among them), its open alarms
     * and its work orders. Anyone else is sent to the register.
     */
    @HtmlScreen
    @ScopeAware
    @Get("/agency")
    public HttpResponse<ModelAndView<Map<String, Object>>> own(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        if (!scope.byAgency()) {
            return HttpResponse.seeOther(URI.create("/ui/agencies"));
        }
        Map<String, Object> model = Navigation.page(request, "agency");
        long id = scope.agencyId();
        model.put("agency", agencies.get(id));
        List<HeldEquipment.Held> items = held.of(id, scope);
        model.put("equipment", items);
        Set<String> devices = scoped.deviceIdsOf(scope);
        Map<String, Object> readings = new LinkedHashMap<>();
        for (String device : devices == null ? Set.<String>of() : new java.util.TreeSet<>(devices)) {
            readings.put(device, latest.ofDevice(device));
        }
        model.put("readings", readings);
        model.put("alarms", alarms.list(AlarmFilter.state(AlarmFilter.CONSOLE).within(scope.siteIds(), devices), 100, 0));
        List<WorkOrder> orders = new ArrayList<>();
        for (var a : assets.find(scoped.assetsFilter(scope, AssetFilter.ALL))) {
            orders.addAll(workOrders.ofAsset(a.id(), 20));
        }
        model.put("workOrders", orders);
        // the power its equipment draws, outlet by outlet: its share of the centre's power, not the site's chain
        model.put("power", powerDraw(scope));
        // a view of its own rather than @View: the redirect above must go out without rendering the page
        return HttpResponse.ok(new ModelAndView<>("agencies/own", model));
    }

    /** One power supply of the agency's equipment as its page shows it. */
    public record SupplyRow(String equipment, String port, @Nullable String outlet, @Nullable String pdu, int allocatedW,
                            @Nullable Long measuredW) {
    }

    private List<SupplyRow> powerDraw(Scope scope) {
        var equipment = assets.find(scoped.assetsFilter(scope, AssetFilter.ALL), 500, 0).items();
        Map<Long, String> names = new LinkedHashMap<>();
        equipment.forEach(a -> names.put(a.id(), a.name()));
        List<SupplyRow> rows = new ArrayList<>();
        power.drawOf(equipment).forEach((asset, supplies) -> supplies.forEach(d -> rows.add(new SupplyRow(names.get(asset),
                d.powerPort().name(), d.outlet() == null ? null : d.outlet().name(), d.pdu() == null ? null : d.pdu().name(),
                d.allocatedW(), d.measured() == null ? null : Math.round(d.measured().watts())))));
        return rows;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
