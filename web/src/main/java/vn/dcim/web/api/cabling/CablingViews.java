package vn.dcim.web.api.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.cabling.Cable;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.TraceHop;

import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of ports, cables and traces (NetBox style: id and display on every object, related ones brief). */
final class CablingViews {
    private CablingViews() {
    }

    @Serdeable
    record AssetBrief(long id, String display, @Nullable String labelCode, @Nullable Long rackId) {
        static AssetBrief of(Asset a) {
            return new AssetBrief(a.id(), a.name(), a.labelCode(), a.rackId());
        }
    }

    @Serdeable
    record CableBrief(long id, String display, CableType type, @Nullable String colour, @Nullable BigDecimal lengthM) {
        static CableBrief of(@Nullable Cable c) {
            return c == null ? null : new CableBrief(c.id(), c.display(), c.type(), c.colour(), c.lengthM());
        }
    }

    @Serdeable
    record PortView(long id, String display, long assetId, String kind, @Nullable String type, int positions,
                    @Nullable Long rearPortId, @Nullable Integer rearPosition, @Nullable Integer maximumDrawW,
                    @Nullable Integer allocatedDrawW, @Nullable CableBrief cable) {
        static PortView of(Port p, @Nullable Cable cable) {
            return new PortView(p.id(), p.name(), p.assetId(), p.kind().code(), p.type(), p.positions(), p.rearPortId(),
                    p.rearPosition(), p.maximumDrawW(), p.allocatedDrawW(), CableBrief.of(cable));
        }
    }

    @Serdeable
    record PortBrief(long id, String display, String kind, AssetBrief asset) {
        static PortBrief of(@Nullable Port p, @Nullable Asset a) {
            return p == null ? null : new PortBrief(p.id(), p.name(), p.kind().code(), AssetBrief.of(a));
        }
    }

    @Serdeable
    record CableView(long id, String display, @Nullable String label, CableType type, @Nullable String colour,
                     @Nullable BigDecimal lengthM, PortBrief a, PortBrief b) {
    }

    @Serdeable
    record HopView(PortBrief near, @Nullable CableBrief cable, @Nullable PortBrief far) {
        static HopView of(TraceHop h) {
            return new HopView(PortBrief.of(h.near(), h.nearAsset()), CableBrief.of(h.cable()), PortBrief.of(h.far(), h.farAsset()));
        }
    }

    @Serdeable
    record TraceView(PortBrief from, @Nullable PortBrief to, List<HopView> hops, List<String> panels) {
    }
}
