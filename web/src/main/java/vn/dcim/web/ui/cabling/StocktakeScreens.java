package vn.dcim.web.ui.cabling;

import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.Site;
import vn.dcim.core.stocktake.StocktakeReport;
import vn.dcim.core.stocktake.StocktakeScan;
import vn.dcim.core.stocktake.Stocktakes;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock-take screens: the asset manager's list with the form that opens one, and the
 * crew's phone page that scans a room or rack label, then asset labels, and keeps scans offline.
 */
@Hidden
@Controller("/ui/stocktakes")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StocktakeScreens {
    private final LocationRegistry locations;
    private final Stocktakes stocktakes;
    private final AccessRules access;
    private final AssetRegistry assets;

    /** The scans of one room of the stock-take, newest first. */
    public record RoomScans(Room room, List<ScanRow> scans) {
    }

    /**
     * One scan as the asset manager reads it: the code, the asset it names (none for an unknown code), what it
     * said, the rack it was scanned in (a rack label scanned first), the room the asset is registered in, who and when.
     */
    public record ScanRow(String scanId, String code, @Nullable Asset asset, String outcome, @Nullable Rack rack,
                          @Nullable Room registeredIn, String scannedBy, Instant scannedAt) {
        public boolean misplaced() {
            return "misplaced".equals(outcome);
        }
    }

    /** The stock-takes with their counts, and the form that opens one for a site's rooms. */
    @Introspected
    record ListPage(Navigation.Frame frame, List<StocktakeReport> stocktakes, List<Site> sites, List<Room> rooms, boolean canOpen)
            implements ScreenView {
    }

    /** One stock-take: its counts, each room's scans, and what the reader may do (scan on the phone, close it). */
    @Introspected
    record ScanPage(Navigation.Frame frame, StocktakeReport report, List<RoomScans> roomScans, boolean canScan, boolean canClose)
            implements ScreenView {
    }

    @HtmlScreen
    @View("stocktakes/list")
    @Get
    @ScopeAware(agencies = false) // a stock-take counts a site's rooms: the site's staff, not an agency
    public ListPage list(HttpRequest<?> request, Scope scope) {
        return new ListPage(Navigation.frame(request, "stocktakes"),
                (scope.limited() ? stocktakes.ofSites(scope.siteIds()) : stocktakes.all()).stream()
                        .map(s -> stocktakes.report(s.id())).toList(),
                locations.sites().stream().filter(s -> scope.admitsSite(s.id())).toList(),
                locations.rooms().stream().filter(r -> scope.admitsSite(r.siteId())).toList(),
                access.mayChange(request, "Stock-takes"));
    }

    @HtmlScreen
    @View("stocktakes/scan")
    @Get("/{id}")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    public ScanPage scan(HttpRequest<?> request, @PathVariable long id) {
        StocktakeReport report = stocktakes.report(id);
        return new ScanPage(Navigation.frame(request, "stocktakes"), report, roomScans(report, stocktakes.scans(id)),
                access.mayChange(request, "Stock-take scans"), access.mayChange(request, "Stock-takes"));
    }

    /** The scans listed under each room of the stock-take, so the asset manager sees each one, not only the counts. */
    private List<RoomScans> roomScans(StocktakeReport report, List<StocktakeScan> scans) {
        Map<Long, Asset> byId = new HashMap<>();
        assets.ofSite(report.stocktake().siteId()).forEach(a -> byId.put(a.id(), a));
        Map<Long, Room> rooms = new HashMap<>();
        locations.rooms().forEach(r -> rooms.put(r.id(), r));
        Map<Long, Rack> racks = new HashMap<>();
        locations.racks().forEach(r -> racks.put(r.id(), r));
        List<StocktakeScan> newestFirst = new java.util.ArrayList<>(scans);
        java.util.Collections.reverse(newestFirst);
        return report.rooms().stream().map(t -> new RoomScans(t.room(), newestFirst.stream()
                .filter(s -> s.roomId().equals(t.room().id()))
                .map(s -> {
                    Asset a = s.assetId() == null ? null : byId.computeIfAbsent(s.assetId(), k -> assets.find(k).orElse(null));
                    return new ScanRow(s.scanId(), s.code(), a, s.outcome().name(), s.rackId() == null ? null : racks.get(s.rackId()),
                            a == null || a.roomId() == null ? null : rooms.get(a.roomId()), s.scannedBy(), s.scannedAt());
                }).toList())).toList();
    }
}
