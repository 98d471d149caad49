package vn.dcim.web.api.asset;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetPatch;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.NewAsset;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.LocalDate;

@Tag(name = "Assets", description = "Equipment registry (Art. 7.1, 17, 23.1)")
@ScopeAware
@Controller("/api/assets")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class AssetController {
    private final AssetRegistry registry;
    private final AssetFindings findings;
    private final vn.dcim.core.asset.RegistrySettings settings;
    private final Clock clock;
    private final ScopedEquipment scoped;

    @Operation(summary = "Register equipment", description = "In a room (roomId) or a rack (rackId + positionU). "
            + "A duplicate labelCode or an occupied rack position answers 409 naming the field.")
    @Post
    public HttpResponse<AssetView> create(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Body @Valid NewAsset body) {
        if (!scoped.site(scope, body.siteId())) {
            throw new vn.dcim.core.error.NotFoundException("Site", body.siteId());
        }
        return HttpResponse.created(AssetView.of(registry.register(body, SignedIn.name(request))));
    }

    @Operation(summary = "List equipment", description = "Filters: kind, status, siteId, roomId, rackId, "
            + "owningAgency, q (name, label, serial)")
    @Get
    public Page<AssetView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                @Nullable @QueryValue String siteId, @Nullable @QueryValue Long roomId,
                                @Nullable @QueryValue Long rackId, @Nullable @QueryValue String owningAgency,
                                @Nullable @QueryValue String q,
                                @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        Paged<Asset> page = registry.find(scoped.assetsFilter(scope, new AssetFilter(null, kind, status, siteId, roomId, rackId, owningAgency, q)),
                limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items().stream().map(AssetView::of).toList());
    }

    @Operation(summary = "One asset with its status history and findings")
    @ScopeAware(id = ScopeAware.Id.asset)
    @Get("/{id}")
    public AssetDetail get(@PathVariable long id) {
        Asset asset = registry.get(id);
        var roomKind = registry.roomKindOf(asset);
        return new AssetDetail(AssetView.of(asset),
                registry.history(id).stream().map(AssetDetail.StatusStep::of).toList(),
                findings.of(asset, roomKind, LocalDate.now(clock)),
                vn.dcim.core.asset.Depreciation.of(asset.purchaseDate(), asset.purchaseValue(), settings.usefulLifeOf(asset.kind()),
                        LocalDate.now(clock)));
    }

    @Operation(summary = "Replace an asset's details", description = "Status changes only through /status. "
            + "A change of room, rack, U or face is audited as a move; before and after are kept.")
    @ScopeAware(id = ScopeAware.Id.asset)
    @Put("/{id}")
    public AssetView replace(HttpRequest<?> request, @PathVariable long id, @Body @Valid NewAsset body) {
        return AssetView.of(registry.update(id, body, SignedIn.name(request)));
    }

    @Operation(summary = "Change some details of an asset", description = "Fields left out stay as they are.")
    @ScopeAware(id = ScopeAware.Id.asset)
    @Patch("/{id}")
    public AssetView patch(HttpRequest<?> request, @PathVariable long id, @Body @Valid AssetPatch body) {
        return AssetView.of(registry.patch(id, body, SignedIn.name(request)));
    }

    @Operation(summary = "Change the lifecycle status", description = "A reason is required; who/when/why are kept.")
    @ScopeAware(id = ScopeAware.Id.asset)
    @Post("/{id}/status")
    public AssetView changeStatus(HttpRequest<?> request, @PathVariable long id, @Body @Valid StatusChangeRequest body) {
        return AssetView.of(registry.changeStatus(id, body.status(), body.reason(), SignedIn.name(request)));
    }
}
