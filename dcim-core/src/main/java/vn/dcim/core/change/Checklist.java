package vn.dcim.core.change;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The crew's checklist of an approved change, in the order the floor needs it: take the cables away, take the equipment
 * out, put it in at its U, plug its cables in, hand it over for disposal. Each line is told in the reader's language.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Checklist {
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final Cabling cabling;

    List<ChangeStep> make(ChangeRequest c, List<ChangeLink> links) {
        List<ChangeStep> out = new ArrayList<>();
        boolean making = c.kind() == ChangeKind.install || c.kind() == ChangeKind.move || c.kind() == ChangeKind.connect;
        if (!making) {
            for (ChangeLink l : links) {
                out.add(step(c, out.size() + 1, StepAction.disconnect, null, l, null, null));
            }
        }
        if (c.kind().unracks() && c.fromRackId() != null) {
            Integer low = c.fromU();
            out.add(step(c, out.size() + 1, StepAction.unmount, c.fromRackId(), null, low, low == null ? null : low + c.height() - 1));
        }
        if (c.kind().places()) {
            out.add(step(c, out.size() + 1, StepAction.mount, c.toRackId(), null, c.toU(), c.toTopU()));
        }
        if (making) {
            for (ChangeLink l : links) {
                out.add(step(c, out.size() + 1, StepAction.connect, rackOf(l), l, null, null));
            }
        }
        if (c.kind() == ChangeKind.dispose) {
            out.add(step(c, out.size() + 1, StepAction.hand_over, null, null, null, null));
        }
        return out;
    }

    private ChangeStep step(ChangeRequest c, int seq, StepAction action, Long rackId, ChangeLink link, Integer low, Integer high) {
        Long rack = rackId != null ? rackId : link != null ? rackOf(link) : null;
        return new ChangeStep(null, c.id(), seq, action, rack, link == null ? null : link.id(), low, high, null, null, null, null,
                null, null, null, null);
    }

    private Long rackOf(ChangeLink l) {
        return cabling.findPort(l.farPortId()).flatMap(p -> registry.find(p.assetId())).map(Asset::rackId).orElse(null);
    }

    /** One line as the crew reads it: "Mount SRV-07 in rack A02 at U 10–11", "Connect PSU1 of SRV-07 to outlet A-07 of PDU-A". */
    Phrase phrase(ChangeRequest c, ChangeStep s, List<ChangeLink> links) {
        String asset = registry.find(c.assetId()).map(a -> a.name() + (a.labelCode() == null ? "" : " [" + a.labelCode() + "]"))
                .orElse("#" + c.assetId());
        String rack = s.rackId() == null ? "?" : locations.rack(s.rackId()).map(Rack::name).orElse("#" + s.rackId());
        ChangeLink link = links.stream().filter(l -> l.id().equals(s.linkId())).findFirst().orElse(null);
        String far = link == null ? "?" : farName(link.farPortId());
        String port = link == null ? "?" : link.portName();
        return switch (s.action()) {
            case unmount -> Phrase.of("change.step.unmount", "Take {0} out of rack {1}, U {2}–{3}", asset, rack, s.uLow(), s.uHigh());
            case mount -> Phrase.of("change.step.mount", "Mount {0} in rack {1} at U {2}–{3}", asset, rack, s.uLow(), s.uHigh());
            case connect -> Phrase.of("change.step.connect", "Connect {0} of {1} to {2}", port, asset, far);
            case disconnect -> Phrase.of("change.step.disconnect", "Disconnect {0} of {1} from {2}", port, asset, far);
            case hand_over -> Phrase.of("change.step.hand-over", "Hand {0} over for disposal (QĐ 11/2023 Điều 18)", asset);
        };
    }

    /** "outlet A-07 of PDU-A1 (rack A02)" */
    String farName(long portId) {
        Optional<Port> p = cabling.findPort(portId);
        if (p.isEmpty()) {
            return "#" + portId;
        }
        Optional<Asset> owner = registry.find(p.get().assetId());
        String rack = owner.map(Asset::rackId).flatMap(locations::rack).map(r -> " (" + r.name() + ")").orElse("");
        return p.get().name() + " / " + owner.map(Asset::name).orElse("?") + rack;
    }
}
