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
import vn.dcim.core.cabling.DeviceTypes;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetColumns;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.site.Places;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The equipment registry's screens: the list, the asset form and the import; one asset's page is {@link AssetPageScreen}. */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RegistryScreens {
    /** The API group (OpenAPI tag) whose write right the edit forms need: access.yml decides who may. */
    static final String ASSETS = "Assets";
    private final LocationRegistry locations;
    private final AssetRegistry registry;
    private final AccessRules access;
    private final Places places;
    private final DeviceTypes types;
    private final ScopedEquipment scoped;

    RegistryScreens(AssetRegistry registry, AccessRules access, Places places, LocationRegistry locations, DeviceTypes types,
                    ScopedEquipment scoped) {
        this.scoped = scoped;
        this.types = types;
        this.locations = locations;
        this.places = places;
        this.access = access;
        this.registry = registry;
    }

    @HtmlScreen
    @View("registry/assets")
    @Get("/assets")
    @ScopeAware
    public RegistryViews.Assets assets(HttpRequest<?> request, @Nullable @QueryValue String q,
                                       @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                       @Nullable @QueryValue Long rackId, Scope scope) {
        String needle = q == null || q.isBlank() ? null : q.trim();
        // a limited account's list is cut by its scope in SQL, as the API's is (and so its labels and export links)
        List<AssetView> list = registry.find(scoped.assetsFilter(scope, new AssetFilter(null, kind, status, null, null, rackId,
                        null, needle))).stream()
                .map(AssetView::of).toList();
        // "print what I see" and "export what I see": both links carry the list's own filter
        String filter = ListFilterQuery.of("q", needle, "kind", kind, "status", status, "rackId", rackId);
        return new RegistryViews.Assets(Navigation.frame(request, "assets"), list, places.lookup(),
                needle == null ? "" : needle, kind == null ? "" : kind.name(), status == null ? "" : status.name(),
                AssetKind.values(), AssetStatus.values(),
                "/api/assets/labels.pdf" + (filter.isEmpty() ? "" : "?" + filter),
                "/api/assets/export?format=xlsx" + (filter.isEmpty() ? "" : "&" + filter),
                canWrite(request, ASSETS) && !scope.byAgency());
    }

    /** The registration form; it posts to the API, so the rules and field errors are the API's. */
    @HtmlScreen
    @View("registry/asset-form")
    @Get("/assets/new")
    @ScopeAware(agencies = false) // an agency's equipment comes in by a change request, not by the registry form
    public RegistryViews.AssetForm newAsset(HttpRequest<?> request, Scope scope) {
        return assetForm(request, null, scope);
    }

    /** Every field of an asset, changed through PUT /api/assets/{id}; the status changes on the asset page, with a reason. */
    @HtmlScreen
    @View("registry/asset-form")
    @Get("/assets/{id}/edit")
    @ScopeAware(id = ScopeAware.Id.asset, agencies = false)
    public RegistryViews.AssetForm editAsset(HttpRequest<?> request, @PathVariable long id, Scope scope) {
        return assetForm(request, registry.get(id), scope);
    }

    /** The asset form, empty for a new asset or filled with one to change (as {@link #licenceForm} for software). */
    private RegistryViews.AssetForm assetForm(HttpRequest<?> request, @Nullable Asset asset, Scope scope) {
        AssetView view = asset == null ? null : AssetView.of(asset);
        // an asset never changes site (AssetRegistry.update): only that site's rooms and racks are offered
        return new RegistryViews.AssetForm(Navigation.frame(request, "assets"), view, fieldsOf(view),
                places(asset == null ? null : asset.siteId(), scope),
                asset == null ? "" : placeValue(asset.siteId(), asset.roomId(), asset.rackId()),
                AssetKind.values(), AssetStatus.values(), Criticality.values(),
                // a device type fills vendor, model, height and kind; registering it gives the equipment the type's ports
                types.all());
    }

    /** Import from CSV or XLSX: a dry run lists row, field and reason before anything is written. */
    @HtmlScreen
    @View("registry/import")
    @Get("/assets/import")
    public RegistryViews.Import importAssets(HttpRequest<?> request) {
        return new RegistryViews.Import(Navigation.frame(request, "assets"), String.join(", ", AssetColumns.ALL));
    }

    /** Rooms and racks as "site|room|rack" choices, for the asset form's place field. */
    private List<RegistryViews.PlaceChoice> places(@Nullable String siteId, Scope scope) {
        List<RegistryViews.PlaceChoice> places = new ArrayList<>();
        locations.rooms().forEach(room -> {
            if (siteId != null && !siteId.equals(room.siteId()) || !scope.admitsSite(room.siteId())) {
                return;
            }
            places.add(new RegistryViews.PlaceChoice(placeValue(room.siteId(), room.id(), null), room.siteId() + " / " + room.name()));
            locations.racksOf(room.id()).forEach(rack -> places.add(new RegistryViews.PlaceChoice(
                    placeValue(room.siteId(), room.id(), rack.id()), room.siteId() + " / " + room.name() + " / " + rack.name())));
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
}
