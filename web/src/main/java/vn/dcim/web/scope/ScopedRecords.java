package vn.dcim.web.scope;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.Changes;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.stocktake.Stocktakes;

/**
 * Whether a record about equipment is inside a scope, by the equipment it is about: a port by its asset, a cable by
 * either end (an agency sees the cord from its server to the centre's PDU: it is where its server is plugged in), an
 * element of the power chain and a stock-take by their site, a change request by its agency or its equipment.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedRecords {
    private final ScopedEquipment equipment;
    private final Cabling cabling;
    private final PowerChains chains;
    private final Stocktakes stocktakes;
    private final Changes changes;

    boolean admits(Scope scope, ScopeAware.Id what, long id) {
        return switch (what) {
            case port -> port(scope, id);
            case cable -> cable(scope, id);
            case power_node -> powerNode(scope, id);
            case power_link -> chains.findLink(id).map(l -> powerNode(scope, l.upstreamId())).orElse(false);
            case stocktake -> stocktakes.find(id).map(s -> equipment.site(scope, s.siteId())).orElse(false);
            case change -> changes.find(id).map(c -> change(scope, c)).orElse(false);
            default -> false;
        };
    }

    public boolean port(Scope scope, long portId) {
        return !scope.limited() || cabling.findPort(portId).map(p -> equipment.asset(scope, p.assetId())).orElse(false);
    }

    public boolean cable(Scope scope, long cableId) {
        if (!scope.limited()) {
            return true;
        }
        try {
            return cabling.endsOf(cableId).stream().map(Port::assetId).anyMatch(a -> equipment.asset(scope, a));
        } catch (RuntimeException e) {
            return false; // no such cable or a dangling end: absent either way
        }
    }

    public boolean powerNode(Scope scope, long nodeId) {
        return !scope.limited() || chains.findNode(nodeId).map(n -> equipment.site(scope, n.siteId())).orElse(false);
    }

    /** An agency follows the requests made for it and those about its equipment; staff those about their sites' equipment. */
    public boolean change(Scope scope, ChangeRequest c) {
        if (!scope.limited()) {
            return true;
        }
        if (c.assetId() != null && equipment.asset(scope, c.assetId())) {
            return true;
        }
        if (scope.byAgency()) {
            return scope.agencyId().equals(c.agencyId()) && (!scope.bySite() || c.toRackId() == null || equipment.rack(scope, c.toRackId()));
        }
        return c.toRackId() != null && equipment.rack(scope, c.toRackId())
                || c.fromRackId() != null && equipment.rack(scope, c.fromRackId());
    }

    /**
     * The change requests a scope follows, as a condition the register cuts in SQL: null for everyone's; for an agency
     * those made for it and about its equipment; for staff limited to sites those about their sites' equipment and racks.
     */
    public @io.micronaut.core.annotation.Nullable Changes.Within changes(Scope scope) {
        if (!scope.limited()) {
            return null;
        }
        java.util.Set<Long> assetIds = new java.util.TreeSet<>(equipment.allAssetIdsOf(scope));
        // an agency follows its requests by its agency and its equipment, not by the racks it holds
        java.util.Set<Long> rackIds = scope.byAgency() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(equipment.rackIdsOf(scope));
        return new Changes.Within(scope.agencyId(), assetIds, rackIds);
    }

    /**
     * A request as a limited account may make it: about its equipment, its racks, its letter and ports it can read
     * (anything else answers 404 as if absent); an agency's account asks in its agency's name, whatever it sent.
     */
    public vn.dcim.core.change.NewChange draft(Scope scope, vn.dcim.core.change.NewChange b) {
        if (!scope.limited()) {
            return b;
        }
        boolean foreign = b.assetId() != null && !equipment.asset(scope, b.assetId())
                || b.toRackId() != null && !equipment.rack(scope, b.toRackId())
                || b.agencyId() != null && scope.byAgency() && !scope.agencyId().equals(b.agencyId())
                || b.links() != null && b.links().stream().anyMatch(l -> l != null && l.farPortId() != null && !port(scope, l.farPortId()))
                || b.letterDocumentId() != null && !equipment.document(scope, b.letterDocumentId());
        if (foreign) {
            throw new vn.dcim.core.error.NotFoundException("equipment", "outside the account's scope");
        }
        Long agency = scope.byAgency() ? scope.agencyId() : b.agencyId();
        return new vn.dcim.core.change.NewChange(b.kind(), b.title(), agency, b.assetId(), b.equipment(), b.toRackId(), b.toU(),
                b.heightU(), b.powerW(), b.weightKg(), b.networkPorts(), b.letterDocumentId(), b.windowStart(), b.windowEnd(),
                b.reason(), b.requestedBy(), b.links());
    }
}
