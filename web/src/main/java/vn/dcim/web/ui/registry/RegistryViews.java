package vn.dcim.web.ui.registry;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.asset.Depreciation;
import vn.dcim.core.cabling.DeviceType;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.licence.LicenceKind;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.licence.SoftwareAssetView;
import vn.dcim.core.site.Places;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.Rack;
import vn.dcim.web.api.asset.AssetDetail;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;
import vn.dcim.web.ui.centre.CentreChoice;

import java.util.List;
import java.util.Map;

/** What the registry's screens show: one record per screen, read by its template under the components' names. */
final class RegistryViews {
    private RegistryViews() {
    }

    /** The equipment list, cut by the filter, with the links that print and export what it shows. */
    @Introspected
    record Assets(Navigation.Frame frame, List<AssetView> assets, Places.Lookup places, String q, String kind,
                  String status, AssetKind[] kinds, AssetStatus[] statuses, String labelsHref, String exportHref,
                  boolean canEdit) implements ScreenView {
    }

    /** A room or rack the asset form offers, as "site|room|rack". */
    @Introspected
    record PlaceChoice(String value, String label) {
    }

    /**
     * The asset form, empty for a new asset ({@code asset} null) or filled with one to change; {@code v} holds the
     * inputs' values by field name either way.
     */
    @Introspected
    record AssetForm(Navigation.Frame frame, @Nullable AssetView asset, Map<String, Object> v, List<PlaceChoice> places,
                     String place, AssetKind[] kinds, AssetStatus[] statuses, Criticality[] criticalities,
                     List<DeviceType> deviceTypes) implements ScreenView {
    }

    /** The import page: the columns a file may carry. */
    @Introspected
    record Import(Navigation.Frame frame, String columns) implements ScreenView {
    }

    /**
     * Where an asset stands and how it is judged: its room's name ("—" for none), its place in words, its rack, the
     * register's findings on it, the renewal window and its book value.
     */
    @Introspected
    record Standing(String room, String place, @Nullable Rack rack, List<vn.dcim.core.asset.Finding> findings, int windowDays,
                    @Nullable Depreciation depreciation) implements ScreenView.Part {
    }

    /** One asset: where it stands, its endpoints, ports and status history. */
    @Introspected
    record Asset(Navigation.Frame frame, AssetView asset, Standing standing, List<MonitoredDevice> devices, int ports,
                 List<AssetDetail.StatusStep> history, AssetStatus[] statuses, boolean canEdit) implements ScreenView {
    }

    /** A licence in the list and the colour of its expiry. */
    @Introspected
    record LicenceRow(SoftwareAssetView s, String expiry) {
    }

    @Introspected
    record Licences(Navigation.Frame frame, List<LicenceRow> rows, int windowDays, boolean canEdit) implements ScreenView {
    }

    /** The licence form, empty for a new software asset ({@code licence} null) or filled with one to change. */
    @Introspected
    record LicenceForm(Navigation.Frame frame, @Nullable SoftwareAssetView licence, Map<String, Object> v,
                       List<Site> sites, List<vn.dcim.core.asset.Asset> assets, List<Long> installed,
                       Criticality[] criticalities, RiskLevel[] levels, LicenceKind[] licenceKinds) implements ScreenView {
    }

    /** The report page: the quarter offered, and the centre selector (one centre or the whole province). */
    @Introspected
    record Reports(Navigation.Frame frame, String period, CentreChoice.Choice centreChoice) implements ScreenView {
    }
}
