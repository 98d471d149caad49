package vn.dcim.web.api.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.web.api.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Tag(name = "Findings", description = "Registry entries that break a rule of the regulation (Art. 6.1, 7.1, 10.3, 21.1e)")
@Controller("/api/findings")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FindingController {
    private final AssetRepository assets;
    private final RoomRepository rooms;
    private final AssetFindings assetFindings;
    private final SoftwareRegistry software;

    public FindingController(AssetRepository assets, RoomRepository rooms, AssetFindings assetFindings,
                             SoftwareRegistry software) {
        this.assets = assets;
        this.rooms = rooms;
        this.assetFindings = assetFindings;
        this.software = software;
    }

    @Serdeable
    public record FindingView(String entityType, long entityId, String name, String article, String code,
                              String message) {
    }

    @Operation(summary = "Every current finding", description = "Filters: article (e.g. 10.3), code, entityType (asset, software_asset)")
    @Get
    public Page<FindingView> list(HttpRequest<?> request, @Nullable @QueryValue String article,
                                  @Nullable @QueryValue String code, @Nullable @QueryValue String entityType,
                                  @QueryValue(defaultValue = "50") int limit,
                                  @QueryValue(defaultValue = "0") int offset) {
        LocalDate today = LocalDate.now();
        Map<Long, RoomKind> roomKinds = new HashMap<>();
        rooms.findAll().forEach(r -> roomKinds.put(r.id(), r.kind()));
        List<FindingView> all = new ArrayList<>();
        assets.findAllOrderById().forEach(a -> assetFindings.of(a, a.roomId() == null ? null : roomKinds.get(a.roomId()), today)
                .forEach(f -> all.add(new FindingView("asset", a.id(), a.name(), f.article(), f.code(), f.message()))));
        software.all().forEach(s -> s.findings()
                .forEach(f -> all.add(new FindingView("software_asset", s.id(), s.name(), f.article(), f.code(), f.message()))));
        List<FindingView> matching = all.stream()
                .filter(f -> article == null || article.equals(f.article()))
                .filter(f -> code == null || code.equals(f.code()))
                .filter(f -> entityType == null || entityType.equals(f.entityType()))
                .toList();
        int from = Math.min(Math.max(offset, 0), matching.size());
        int to = Math.min(from + Math.max(limit, 1), matching.size());
        return Page.of(request, matching.size(), limit, offset, matching.subList(from, to));
    }
}
