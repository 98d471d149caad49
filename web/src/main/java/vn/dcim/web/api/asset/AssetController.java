package vn.dcim.web.api.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetPatch;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.NewAsset;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Assets", description = "Equipment registry (Art. 7.1, 17, 23.1)")
@Controller("/api/assets")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssetController {
    private final AssetRegistry registry;
    private final AssetRepository assets;
    private final RoomRepository rooms;
    private final AssetFindings findings;
    private final vn.dcim.core.asset.RegistrySettings settings;

    public AssetController(AssetRegistry registry, AssetRepository assets, RoomRepository rooms, AssetFindings findings,
                           vn.dcim.core.asset.RegistrySettings settings) {
        this.settings = settings;
        this.registry = registry;
        this.assets = assets;
        this.rooms = rooms;
        this.findings = findings;
    }

    @Operation(summary = "Register equipment", description = "In a room (roomId) or a rack (rackId + positionU). "
            + "A duplicate labelCode or an occupied rack position answers 409 naming the field.")
    @Post
    public HttpResponse<AssetView> create(HttpRequest<?> request, @Body @Valid NewAsset body) {
        return HttpResponse.created(AssetView.of(registry.register(body, SignedIn.name(request))));
    }

    @Operation(summary = "List equipment", description = "Filters: kind, status, siteId, roomId, rackId, "
            + "owningAgency, q (name, label, serial)")
    @Get
    public Page<AssetView> list(HttpRequest<?> request,
                                @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                @Nullable @QueryValue String siteId, @Nullable @QueryValue Long roomId,
                                @Nullable @QueryValue Long rackId, @Nullable @QueryValue String owningAgency,
                                @Nullable @QueryValue String q,
                                @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        List<AssetView> matching = new AssetFilter(null, kind, status, siteId, roomId, rackId, owningAgency, q)
                .apply(assets).stream().map(AssetView::of).toList();
        int from = Math.min(Math.max(offset, 0), matching.size());
        int to = Math.min(from + Math.max(limit, 1), matching.size());
        return Page.of(request, matching.size(), limit, offset, matching.subList(from, to));
    }

    @Operation(summary = "One asset with its status history and findings")
    @Get("/{id}")
    public AssetDetail get(@PathVariable long id) {
        Asset asset = registry.get(id);
        var roomKind = asset.roomId() == null ? null : rooms.findById(asset.roomId()).map(Room::kind).orElse(null);
        return new AssetDetail(AssetView.of(asset),
                registry.history(id).stream().map(AssetDetail.StatusStep::of).toList(),
                findings.of(asset, roomKind, LocalDate.now()),
                vn.dcim.core.asset.Depreciation.of(asset.purchaseDate(), asset.purchaseValue(), settings.usefulLifeOf(asset.kind()), LocalDate.now()));
    }

    @Operation(summary = "Replace an asset's details", description = "Status changes only through /status. "
            + "A change of room, rack, U or face is audited as a move; before and after are kept.")
    @Put("/{id}")
    public AssetView replace(HttpRequest<?> request, @PathVariable long id, @Body @Valid NewAsset body) {
        return AssetView.of(registry.update(id, body, SignedIn.name(request)));
    }

    @Operation(summary = "Change some details of an asset", description = "Fields left out stay as they are.")
    @Patch("/{id}")
    public AssetView patch(HttpRequest<?> request, @PathVariable long id, @Body @Valid AssetPatch body) {
        return AssetView.of(registry.patch(id, body, SignedIn.name(request)));
    }

    @Operation(summary = "Change the lifecycle status", description = "A reason is required; who/when/why are kept.")
    @Post("/{id}/status")
    public AssetView changeStatus(HttpRequest<?> request, @PathVariable long id, @Body @Valid StatusChangeRequest body) {
        return AssetView.of(registry.changeStatus(id, body.status(), body.reason(), SignedIn.name(request)));
    }
}
