package vn.dcim.core.demo;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.power.PowerFeed;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerLinkRepository;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerNodeRepository;
import vn.dcim.core.site.Rack;

/**
 * The demo site's power chain: grid 1 and the generator into the transfer switch, the switch into
 * both UPS (grid 2 is UPS-02's bypass), each UPS into one cord (A or B) of every rack's PDU pair.
 * One UPS lost leaves every rack on one cord; the switch lost leaves both UPS on battery.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPowerChain {
    static final String ATS = "ats-1";

    private final PowerNodeRepository nodes;
    private final PowerLinkRepository links;

    static String pdu(Rack rack, String side) {
        return "pdu-" + rack.name().toLowerCase() + "-" + side.toLowerCase();
    }

    void build(PowerFeed grid1, PowerFeed grid2, Rack... racks) {
        PowerNode feed1 = node(PowerNodeKind.feed, grid1.name(), null, null, grid1.id());
        PowerNode feed2 = node(PowerNodeKind.feed, grid2.name(), null, null, grid2.id());
        PowerNode generator = node(PowerNodeKind.generator, "MPĐ-01", "gen-1", null, null);
        PowerNode ats = node(PowerNodeKind.ats, "ATS-01", ATS, null, null);
        PowerNode ups1 = node(PowerNodeKind.ups, "UPS-01", "ups-1", null, null);
        PowerNode ups2 = node(PowerNodeKind.ups, "UPS-02", "ups-2", null, null);
        link(feed1, ats, null);
        link(generator, ats, null);
        link(ats, ups1, null);
        link(ats, ups2, null);
        link(feed2, ups2, null);
        for (Rack rack : racks) {
            PowerNode rackNode = node(PowerNodeKind.rack, "Tủ " + rack.name(), null, rack.id(), null);
            PowerNode pduA = node(PowerNodeKind.pdu, "PDU " + rack.name() + "-A", pdu(rack, "A"), null, null);
            PowerNode pduB = node(PowerNodeKind.pdu, "PDU " + rack.name() + "-B", pdu(rack, "B"), null, null);
            link(ups1, pduA, "A");
            link(ups2, pduB, "B");
            link(pduA, rackNode, "A");
            link(pduB, rackNode, "B");
        }
    }

    private PowerNode node(PowerNodeKind kind, String name, String deviceId, Long rackId, Long feedId) {
        return nodes.save(new PowerNode(null, DemoSite.ID, kind, name, deviceId, rackId, feedId));
    }

    private void link(PowerNode up, PowerNode down, String side) {
        links.save(new PowerLink(null, up.id(), down.id(), side));
    }
}
