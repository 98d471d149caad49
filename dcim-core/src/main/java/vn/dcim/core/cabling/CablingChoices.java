package vn.dcim.core.cabling;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the cabling screen offers to pick from, cut to the reader's scope: equipment, device types, power nodes, sites. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CablingChoices {
    private final AssetRegistry assets;
    private final ScopedEquipment scoped;
    private final DeviceTypes types;
    private final LocationRegistry locations;
    private final PowerChains chains;

    /** The equipment by name; the power nodes and sites of the centre's sites the scope admits (none for an agency). */
    public record Choices(List<Asset> assets, List<DeviceType> types, List<PowerNode> powerNodes, List<Site> sites) {
    }

    public Choices of(Scope scope) {
        List<Asset> all = (scope.limited() ? assets.find(scoped.assetsFilter(scope, AssetFilter.ALL)) : assets.all())
                .stream().sorted(Comparator.comparing(Asset::name)).toList();
        List<PowerNode> nodes = new ArrayList<>();
        List<Site> sites = locations.sites().stream().filter(s -> !scope.byAgency() && scope.admitsSite(s.id())).toList();
        sites.forEach(s -> nodes.addAll(chains.of(s.id()).nodes()));
        return new Choices(all, types.all(), nodes, sites);
    }
}
