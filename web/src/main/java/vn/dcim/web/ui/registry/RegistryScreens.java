package vn.dcim.web.ui.registry;

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
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.licence.SoftwareAssetView;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.web.api.asset.AssetDetail;
import vn.dcim.web.api.asset.AssetFilter;
import vn.dcim.web.ui.Navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The registry screens: equipment list and page, rack elevation, licences and reports (issue 5). */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RegistryScreens {
    private final AssetRepository assets;
    private final AssetRegistry registry;
    private final AssetFindings findings;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final SoftwareRegistry software;
    private final int windowDays;
    private final RegistrySettings settings;
    private final MonitoredDeviceRepository devices;

    RegistryScreens(AssetRepository assets, AssetRegistry registry, AssetFindings findings, RoomRepository rooms,
                    RackRepository racks, SoftwareRegistry software, RegistrySettings settings,
                    MonitoredDeviceRepository devices) {
        this.devices = devices;
        this.assets = assets;
        this.registry = registry;
        this.findings = findings;
        this.rooms = rooms;
        this.racks = racks;
        this.software = software;
        this.windowDays = settings.getExpiryWindowDays();
        this.settings = settings;
    }

    @View("registry/assets")
    @Get("/assets")
    public Map<String, Object> assets(HttpRequest<?> request, @Nullable @QueryValue String q,
                                      @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                      @Nullable @QueryValue Long rackId) {
        String needle = q == null || q.isBlank() ? null : q.trim();
        List<AssetView> list = new AssetFilter(null, kind, status, null, null, rackId, null, needle).apply(assets)
                .stream().map(AssetView::of).toList();
        Map<String, Object> model = Navigation.page(request, "assets");
        model.put("assets", list);
        model.put("q", needle == null ? "" : needle);
        model.put("kind", kind == null ? "" : kind.name());
        model.put("status", status == null ? "" : status.name());
        model.put("kinds", AssetKind.values());
        model.put("statuses", AssetStatus.values());
        model.put("labelsHref", "/api/assets/labels.pdf?" + request.getUri().getRawQuery());
        return model;
    }

    /** The registration form; it posts to the API, so the rules and field errors are the API's. */
    @View("registry/new-asset")
    @Get("/assets/new")
    public Map<String, Object> newAsset(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "assets");
        List<Map<String, Object>> places = new java.util.ArrayList<>();
        rooms.findAll().forEach(room -> {
            places.add(Map.of("siteId", room.siteId(), "roomId", room.id(), "label", room.siteId() + " / " + room.name()));
            racks.findByRoomIdOrderByName(room.id()).forEach(rack -> places.add(Map.of("siteId", room.siteId(), "roomId", room.id(),
                    "rackId", rack.id(), "label", room.siteId() + " / " + room.name() + " / " + rack.name())));
        });
        model.put("places", places);
        model.put("kinds", vn.dcim.core.asset.AssetKind.values());
        model.put("statuses", vn.dcim.core.asset.AssetStatus.values());
        return model;
    }

    @View("registry/asset")
    @Get("/assets/{id}")
    public Map<String, Object> asset(HttpRequest<?> request, @PathVariable long id) {
        Asset asset = registry.get(id);
        Room room = asset.roomId() == null ? null : rooms.findById(asset.roomId()).orElse(null);
        Map<String, Object> model = Navigation.page(request, "assets");
        model.put("asset", AssetView.of(asset));
        model.put("room", room == null ? "—" : room.name());
        model.put("rack", asset.rackId() == null ? null : racks.findById(asset.rackId()).orElse(null));
        // its monitored endpoints: the readings, charts and alarms of this equipment (issue 19)
        model.put("devices", devices.findByAssetId(id));
        model.put("history", registry.history(id).stream().map(AssetDetail.StatusStep::of).toList());
        model.put("findings", findings.of(asset, room == null ? null : room.kind(), LocalDate.now()));
        model.put("depreciation", vn.dcim.core.asset.Depreciation.of(asset.purchaseDate(), asset.purchaseValue(),
                settings.usefulLifeOf(asset.kind()), LocalDate.now()));
        return model;
    }

    @View("registry/licences")
    @Get("/licences")
    public Map<String, Object> licences(HttpRequest<?> request) {
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> rows = software.all().stream().map(s -> Map.<String, Object>of(
                "s", s, "expiry", expiryClass(s, today))).toList();
        Map<String, Object> model = Navigation.page(request, "licences");
        model.put("rows", rows);
        model.put("windowDays", windowDays);
        return model;
    }

    @View("registry/reports")
    @Get("/reports")
    public Map<String, Object> reports(HttpRequest<?> request) {
        LocalDate today = LocalDate.now();
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
