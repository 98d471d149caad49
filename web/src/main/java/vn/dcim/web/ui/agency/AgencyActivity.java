package vn.dcim.web.ui.agency;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads what an agency's equipment is doing, within the agency's scope, for its own page. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyActivity {
    private final ScopedEquipment scoped;
    private final Alarms alarms;
    private final LatestReadings latest;
    private final WorkOrders workOrders;
    private final AssetRegistry assets;
    private final PowerConnections power;

    AgencyViews.Activity of(Scope scope) {
        Set<String> devices = scoped.deviceIdsOf(scope);
        Map<String, List<LatestReading>> readings = new LinkedHashMap<>();
        for (String device : devices == null ? Set.<String>of() : new TreeSet<>(devices)) {
            readings.put(device, latest.ofDevice(device));
        }
        List<WorkOrder> orders = new ArrayList<>();
        for (var a : assets.find(scoped.assetsFilter(scope, AssetFilter.ALL))) {
            orders.addAll(workOrders.ofAsset(a.id(), 20));
        }
        return new AgencyViews.Activity(readings,
                alarms.list(AlarmFilter.state(AlarmFilter.CONSOLE).within(scope.siteIds(), devices), 100, 0), orders,
                // the power its equipment draws, outlet by outlet: its share of the centre's power, not the site's chain
                powerDraw(scope));
    }

    private List<AgencyViews.SupplyRow> powerDraw(Scope scope) {
        var equipment = assets.find(scoped.assetsFilter(scope, AssetFilter.ALL), 500, 0).items();
        Map<Long, String> names = new LinkedHashMap<>();
        equipment.forEach(a -> names.put(a.id(), a.name()));
        List<AgencyViews.SupplyRow> rows = new ArrayList<>();
        power.drawOf(equipment).forEach((asset, supplies) -> supplies.forEach(d -> rows.add(new AgencyViews.SupplyRow(names.get(asset),
                d.powerPort().name(), d.outlet() == null ? null : d.outlet().name(), d.pdu() == null ? null : d.pdu().name(),
                d.allocatedW(), d.measured() == null ? null : Math.round(d.measured().watts())))));
        return rows;
    }
}
