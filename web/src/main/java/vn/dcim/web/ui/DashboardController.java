package vn.dcim.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.SiteRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The operator's first screen: each site with its rooms, racks, equipment and monitored devices. */
@Hidden
@Controller
public class DashboardController {
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;

    DashboardController(SiteRepository sites, RoomRepository rooms, RackRepository racks,
                        AssetRepository assets, MonitoredDeviceRepository devices) {
        this.sites = sites;
        this.rooms = rooms;
        this.racks = racks;
        this.assets = assets;
        this.devices = devices;
    }

    @View("dashboard")
    @Get
    public Map<String, Object> dashboard(HttpRequest<?> request) {
        List<Map<String, Object>> siteViews = new ArrayList<>();
        sites.findAll().forEach(site -> {
            List<Room> siteRooms = rooms.findBySiteIdOrderByName(site.id());
            int rackCount = siteRooms.stream().mapToInt(r -> racks.findByRoomIdOrderByName(r.id()).size()).sum();
            Map<String, Object> view = new HashMap<>();
            view.put("site", site);
            view.put("rooms", siteRooms);
            view.put("rackCount", rackCount);
            view.put("assetCount", assets.countBySiteId(site.id()));
            view.put("devices", devices.findBySiteId(site.id()));
            siteViews.add(view);
        });
        return Map.of("sites", siteViews, "nav", Navigation.items(), "path", request.getPath(), "screen", "dashboard");
    }
}
