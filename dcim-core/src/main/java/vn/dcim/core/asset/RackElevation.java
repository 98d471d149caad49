package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.site.Rack;

import java.util.ArrayList;
import java.util.List;

/** Which U of a rack holds what, front and rear, top U first as a rack is drawn. */
@Serdeable
public record RackElevation(long rackId, String rackName, long roomId, int heightU, int usedU, List<Unit> units) {

    @Serdeable
    public record Unit(int u, @Nullable Slot front, @Nullable Slot rear) {
    }

    /** The equipment in a U; {@code first} is true on its lowest U, where the label is drawn. */
    @Serdeable
    public record Slot(long assetId, String name, @Nullable String labelCode, AssetKind kind, AssetStatus status,
                       int positionU, int heightU, boolean first) {
    }

    public static RackElevation of(Rack rack, List<Asset> inRack) {
        Slot[] front = new Slot[rack.heightU() + 1];
        Slot[] rear = new Slot[rack.heightU() + 1];
        int used = 0;
        for (Asset a : inRack) {
            if (a.positionU() == null) {
                continue;
            }
            int height = a.heightU() == null ? 1 : a.heightU();
            Slot[] side = "rear".equals(a.face()) ? rear : front;
            for (int u = a.positionU(); u <= Math.min(a.topU(), rack.heightU()); u++) {
                side[u] = new Slot(a.id(), a.name(), a.labelCode(), a.kind(), a.status(), a.positionU(), height,
                        u == a.positionU());
                used++;
            }
        }
        List<Unit> units = new ArrayList<>();
        for (int u = rack.heightU(); u >= 1; u--) {
            units.add(new Unit(u, front[u], rear[u]));
        }
        return new RackElevation(rack.id(), rack.name(), rack.roomId(), rack.heightU(), used, units);
    }
}
