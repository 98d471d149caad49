package vn.dcim.web.ui.registry;

import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.DeviceTypes;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetColumns;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.licence.LicenceKind;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.licence.SoftwareAssetView;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.site.Places;
import vn.dcim.core.site.Room;
import vn.dcim.web.api.asset.AssetDetail;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The registry screens: equipment list and page, rack elevation, licences and reports. */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RegistryScreens {
    /** The API groups (OpenAPI tags) whose write right the edit forms need: access.yml decides who may. */
    private static final String ASSETS = "Assets";
    private static final String SOFTWARE = "Software assets";
    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final AssetRegistry registry;
    private final AssetFindings findings;
    private final SoftwareRegistry software;
    private final int windowDays;
    private final RegistrySettings settings;
    private final AccessRules access;
    private final Places places;
    private final Clock clock;
    private final Cabling cabling;
    private final DeviceTypes types;
    private final ScopedEquipment scoped;

    RegistryScreens(AssetRegistry registry, AssetFindings findings, SoftwareRegistry software, RegistrySettings settings,
                    AccessRules access, Places places, LocationRegistry locations, MonitoredDevices devices, Clock clock,
                    Cabling cabling, DeviceTypes types, ScopedEquipment scoped) {
        this.scoped = scoped;
        this.clock = clock;
        this.cabling = cabling;
        this.types = types;
        this.devices = devices;
        this.locations = locations;
        this.places = places;
        this.access = access;
        this.registry = registry;
        this.findings = findings;
        this.software = software;
        this.windowDays = settings.getExpiryWindowDays();
        this.settings = settings;
    }

    @HtmlScreen
    @View("registry/assets")
    @Get("/assets")
    @ScopeAware
    public Map<String, Object> assets(HttpRequest<?> request, @Nullable @QueryValue String q,
                                      @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                      @Nullable @QueryValue Long rackId, Scope scope) {
        String needle = q == null || q.isBlank() ? null : q.trim();
        // a limited account's list is cut by its scope in SQL, as the API's is (and so its labels and export links)
        List<AssetView> list = registry.find(scoped.assetsFilter(scope, new AssetFilter(null, kind, status, null, null, rackId,
                        null, needle))).stream()
                .map(AssetView::of).toList();
        Map<String, Object> model = Navigation.page(request, "assets");
        model.put("assets", list);
        model.put("places", places.lookup());
        model.put("q", needle == null ? "" : needle);
        model.put("kind", kind == null ? "" : kind.name());
        model.put("status", status == null ? "" : status.name());
        model.put("kinds", AssetKind.values());
        model.put("statuses", AssetStatus.values());
        // "print what I see" and "export what I see": both links carry the list's own filter
        String filter = ListFilterQuery.of("q", needle, "kind", kind, "status", status, "rackId", rackId);
        model.put("labelsHref", "/api/assets/labels.pdf" + (filter.isEmpty() ? "" : "?" + filter));
        model.put("exportHref", "/api/assets/export?format=xlsx" + (filter.isEmpty() ? "" : "&" + filter));
        model.put("canEdit", canWrite(request, ASSETS) && !scope.byAgency());
        return model;
    }

    /** The registration form; it posts to the API, so the rules and field errors are the API's. */
    @HtmlScreen
    @View("registry/asset-form")
    @Get("/assets/new")
    @ScopeAware(agencies = false) // an agency's equipment comes in by a change request, not by the registry form
    public Map<String, Object> newAsset(HttpRequest<?> request, Scope scope) {
        return assetForm(request, null, scope);
    }

    /** Every field of an asset, changed through PUT /api/assets/{id}; the status changes on the asset page, with a reason. */
    @HtmlScreen
    @View("registry/asset-form")
    @Get("/assets/{id}/edit")
    @ScopeAware(id = ScopeAware.Id.asset, agencies = false)
    public Map<String, Object> editAsset(HttpRequest<?> request, @PathVariable long id, Scope scope) {
        return assetForm(request, registry.get(id), scope);
    }

    /** The asset form, empty for a new asset or filled with one to change (as {@link #licenceForm} for software). */
    private Map<String, Object> assetForm(HttpRequest<?> request, @Nullable Asset asset, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "assets");
        if (asset == null) {
            model.put("v", fieldsOf(null));
            model.put("places", places(null, scope));
            model.put("place", "");
        } else {
            model.put("asset", AssetView.of(asset));
            model.put("v", fieldsOf(AssetView.of(asset)));
            // an asset never changes site (AssetRegistry.update): only that site's rooms and racks are offered
            model.put("places", places(asset.siteId(), scope));
            model.put("place", placeValue(asset.siteId(), asset.roomId(), asset.rackId()));
        }
        model.put("kinds", AssetKind.values());
        model.put("statuses", AssetStatus.values());
        model.put("criticalities", Criticality.values());
        // a device type fills vendor, model, height and kind; registering it gives the equipment the type's ports
        model.put("deviceTypes", types.all());
        return model;
    }

    /** Import from CSV or XLSX: a dry run lists row, field and reason before anything is written. */
    @HtmlScreen
    @View("registry/import")
    @Get("/assets/import")
    public Map<String, Object> importAssets(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "assets");
        model.put("columns", String.join(", ", AssetColumns.ALL));
        return model;
    }

    /** Rooms and racks as "site|room|rack" choices, for the asset form's place field. */
    private List<Map<String, Object>> places(@Nullable String siteId, Scope scope) {
        List<Map<String, Object>> places = new ArrayList<>();
        locations.rooms().forEach(room -> {
            if (siteId != null && !siteId.equals(room.siteId()) || !scope.admitsSite(room.siteId())) {
                return;
            }
            places.add(Map.of("value", placeValue(room.siteId(), room.id(), null), "label", room.siteId() + " / " + room.name()));
            locations.racksOf(room.id()).forEach(rack -> places.add(Map.of(
                    "value", placeValue(room.siteId(), room.id(), rack.id()),
                    "label", room.siteId() + " / " + room.name() + " / " + rack.name())));
        });
        return places;
    }

    /**
     * A record's fields by name for a form's inputs; empty for a new thing, so that the template reads
     * {@code ${v.name}} either way (the templates' OGNL has no null-safe navigation).
     */
    static Map<String, Object> fieldsOf(@Nullable Record record) {
        Map<String, Object> fields = new java.util.HashMap<>();
        if (record == null) {
            return fields;
        }
        for (var component : record.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return fields;
    }

    private static String placeValue(String siteId, @Nullable Long roomId, @Nullable Long rackId) {
        return siteId + "|" + (roomId == null ? "" : roomId) + "|" + (rackId == null ? "" : rackId);
    }

    private boolean canWrite(HttpRequest<?> request, String apiGroup) {
        return access.mayChange(request, apiGroup);
    }

    @HtmlScreen
    @View("registry/asset")
    @Get("/assets/{id}")
    @ScopeAware(id = ScopeAware.Id.asset)
    public Map<String, Object> asset(HttpRequest<?> request, @PathVariable long id, Scope scope) {
        Asset asset = registry.get(id);
        Room room = asset.roomId() == null ? null : locations.room(asset.roomId()).orElse(null);
        Map<String, Object> model = Navigation.page(request, "assets");
        model.put("asset", AssetView.of(asset));
        model.put("room", room == null ? "—" : room.name());
        model.put("place", places.lookup().of(asset.siteId(), asset.roomId(), asset.rackId(), asset.positionU()));
        model.put("rack", asset.rackId() == null ? null : locations.rack(asset.rackId()).orElse(null));
        // its monitored endpoints: the readings, charts and alarms of this equipment
        model.put("devices", devices.ofAsset(id).stream().filter(d -> scoped.device(scope, d)).toList());
        model.put("ports", cabling.portsOf(id).size());
        model.put("history", registry.history(id).stream().map(AssetDetail.StatusStep::of).toList());
        model.put("findings", findings.of(asset, room == null ? null : room.kind(), LocalDate.now(clock)));
        model.put("windowDays", windowDays);
        model.put("statuses", AssetStatus.values());
        model.put("canEdit", canWrite(request, ASSETS) && !scope.byAgency());
        model.put("depreciation", vn.dcim.core.asset.Depreciation.of(asset.purchaseDate(), asset.purchaseValue(),
                settings.usefulLifeOf(asset.kind()), LocalDate.now(clock)));
        return model;
    }

    @HtmlScreen
    @View("registry/licences")
    @Get("/licences")
    public Map<String, Object> licences(HttpRequest<?> request) {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> rows = software.all().stream().map(s -> Map.<String, Object>of(
                "s", s, "expiry", expiryClass(s, today))).toList();
        Map<String, Object> model = Navigation.page(request, "licences");
        model.put("rows", rows);
        model.put("windowDays", windowDays);
        model.put("canEdit", canWrite(request, SOFTWARE));
        return model;
    }

    @HtmlScreen
    @View("registry/licence-form")
    @Get("/licences/new")
    public Map<String, Object> newLicence(HttpRequest<?> request) {
        return licenceForm(request, null);
    }

    @HtmlScreen
    @View("registry/licence-form")
    @Get("/licences/{id}/edit")
    public Map<String, Object> editLicence(HttpRequest<?> request, @PathVariable long id) {
        return licenceForm(request, software.view(software.get(id)));
    }

    /** Create or change a software asset and its licence through the API (Art. 10.1–10.3, 21.1e). */
    private Map<String, Object> licenceForm(HttpRequest<?> request, @Nullable SoftwareAssetView licence) {
        Map<String, Object> model = Navigation.page(request, "licences");
        if (licence != null) {
            model.put("licence", licence);
        }
        model.put("v", fieldsOf(licence));
        model.put("sites", locations.sites());
        model.put("assets", registry.all());
        model.put("installed", licence == null ? List.of() : licence.installedOn());
        model.put("criticalities", Criticality.values());
        model.put("levels", RiskLevel.values());
        model.put("licenceKinds", LicenceKind.values());
        return model;
    }

    @HtmlScreen
    @View("registry/reports")
    @Get("/reports")
    // the centre's report to the Department: not scope-aware, as its API (a limited account is answered 404)
    public Map<String, Object> reports(HttpRequest<?> request) {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String last = quarter == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (quarter - 1);
        Map<String, Object> model = Navigation.page(request, "reports");
        model.put("period", last);
        return model;
    }

    /** Expired red, within the renewal window amber (Art. 21.1e). */
    private String expiryClass(SoftwareAssetView s, LocalDate today) {
        if (s.licenceExpiry() == null) {
            return "expiry-none";
        }
        if (s.licenceExpiry().isBefore(today)) {
            return "expiry-expired";
        }
        return s.licenceExpiry().isAfter(today.plusDays(windowDays)) ? "expiry-ok" : "expiry-soon";
    }
}
