package vn.dcim.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.maintenance.WorkOrderRepository;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.network.IspLink;
import vn.dcim.core.network.IspLinkRepository;
import vn.dcim.core.power.PowerFeed;
import vn.dcim.core.power.PowerFeedRepository;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Loads the demo site on first start: one server room with the equipment of a provincial
 * data-integration center. Skipped when the site already exists, so a restart keeps user edits.
 */
@Singleton
@Requires(property = "dcim.demo.enabled", value = "true", defaultValue = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoSiteSeeder implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSiteSeeder.class);

    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final PowerFeedRepository feeds;
    private final IspLinkRepository links;
    private final MonitoredDeviceRepository devices;
    private final DemoAgentAddresses agents;
    private final DemoPowerChain powerChain;
    private final WorkOrderRepository orders;
    private final Cabling cabling;
    private final Clock clock;
    private final ApplicationEventPublisher<DemoSiteReady> ready;
    /** Whether this start loaded the site (its first start): what only a fresh demo does follows it (history backfill). */
    private volatile boolean seededNow;

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        boolean seeded = seedIfAbsent();
        // heard after this transaction commits (DemoTraffic's @TransactionalEventListener)
        ready.publishEvent(new DemoSiteReady(seeded));
    }

    /** True when this start of the product loaded the demo site, an install's first start with the demo. */
    public boolean seededNow() {
        return seededNow;
    }

    @Transactional
    public boolean seedIfAbsent() {
        if (sites.existsById(DemoSite.ID)) {
            return false;
        }
        seededNow = true;
        sites.save(new Site(DemoSite.ID, "Trung tâm Tích hợp dữ liệu tỉnh (demo)", "Bắc Kạn", "Demo"));
        // two InRow RC units, one of them redundant (N+1): the room's cooling is what one removes
        Room serverRoom = rooms.save(new Room(null, DemoSite.ID, "Phòng máy chủ", "1", RoomKind.server_room, new BigDecimal("18")));
        Room powerRoom = rooms.save(Room.of(DemoSite.ID, "Phòng nguồn", "1", RoomKind.power_room));
        rooms.save(Room.of(DemoSite.ID, "Phòng giám sát (NOC)", "1", RoomKind.noc));
        // placed on the floor plan (row, position) with a power budget each, so the room view and the
        // rack capacity have something to show on a fresh start
        Rack a1 = racks.save(new Rack(null, serverRoom.id(), "A01", 42, 1, 1, new BigDecimal("5")));
        Rack a2 = racks.save(new Rack(null, serverRoom.id(), "A02", 42, 1, 2, new BigDecimal("6")));
        Rack a3 = racks.save(new Rack(null, serverRoom.id(), "A03", 42, 1, 3, new BigDecimal("4")));
        Rack b1 = racks.save(new Rack(null, serverRoom.id(), "B01", 42, 2, 1, new BigDecimal("5")));

        PowerFeed grid1 = feeds.save(new PowerFeed(null, DemoSite.ID, "Lưới điện 1 (EVN lộ 471)", "EVN", 380, 3));
        PowerFeed grid2 = feeds.save(new PowerFeed(null, DemoSite.ID, "Lưới điện 2 (EVN lộ 473)", "EVN", 380, 3));

        snmp("ups-1", inRoom(powerRoom, AssetKind.ups, "UPS-01", "DEMO-UPS-01", "APC", "Smart-UPS SRT 10kVA"), 0);
        snmp("ups-2", inRoom(powerRoom, AssetKind.ups, "UPS-02", "DEMO-UPS-02", "APC", "Smart-UPS SRT 10kVA"), 1);
        snmp("gen-1", inRoom(powerRoom, AssetKind.generator, "MPĐ-01", "DEMO-GEN-01", "Himoinsa", "HFW-100 T5"), 2);
        snmp("crac-1", inRoom(serverRoom, AssetKind.precision_cooling, "ĐHCX-01", "DEMO-CRAC-01", "APC", "InRow RC"), 3);
        snmp("crac-2", inRoom(serverRoom, AssetKind.precision_cooling, "ĐHCX-02", "DEMO-CRAC-02", "APC", "InRow RC"), 4);
        snmp("env-1", inRack(a1, 42, AssetKind.sensor, "Cảm biến nhiệt ẩm A01", "DEMO-ENV-01", "APC", "NetBotz 250"), 5);
        snmp("env-2", inRack(a2, 42, AssetKind.sensor, "Cảm biến nhiệt ẩm A02", "DEMO-ENV-02", "APC", "NetBotz 250"), 6);
        snmp(DemoPowerChain.ATS, inRoom(powerRoom, AssetKind.ats, "ATS-01", "DEMO-ATS-01", "APC", "Transfer Switch 400 A"), 7);
        int port = 8;
        for (Rack rack : new Rack[]{a1, a2}) {
            // each cord's PDU in a slot of its own at the back of the rack: A in U1, B in U2
            int u = 1;
            for (String side : new String[]{"A", "B"}) {
                snmp(DemoPowerChain.pdu(rack, side), inRack(rack, u++, 1, "rear", AssetKind.pdu, "PDU " + rack.name() + "-" + side,
                        "DEMO-PDU-" + rack.name() + side, "APC", "AP8858"), port++);
            }
        }
        mqtt(DemoSite.DOOR_CONTROLLER, inRoom(serverRoom, AssetKind.door_controller, "Kiểm soát cửa phòng máy", "DEMO-DOOR-01", "ZKTeco", "inBio460"));
        for (int i = 1; i <= 4; i++) {
            mqtt("cam-" + i, inRoom(serverRoom, AssetKind.camera, "Camera " + i, "DEMO-CAM-0" + i, "Hikvision", "DS-2CD2143G2"));
        }
        inRack(a1, 40, AssetKind.router, "Bộ định tuyến biên", "DEMO-RTR-01", "Cisco", "ISR 4331");
        inRack(a1, 38, AssetKind.firewall, "Tường lửa", "DEMO-FW-01", "Fortinet", "FortiGate 200F");
        inRack(a2, 30, AssetKind.server, "Máy chủ ảo hóa 01", "DEMO-SRV-01", "Dell", "PowerEdge R750");
        inRack(a1, 36, 1, "front", AssetKind.network_switch, "Chuyển mạch lõi 01", "DEMO-SW-01", "Cisco", "C9300-48T");
        inRack(a1, 41, 1, "rear", AssetKind.other, "Thanh đấu nối (patch panel)", "DEMO-PP-01", "Commscope", "Cat6A 24p");
        inRack(a2, 26, 2, "front", AssetKind.server, "Máy chủ ảo hóa 02", "DEMO-SRV-02", "Dell", "PowerEdge R750");
        inRack(a2, 20, 4, "front", AssetKind.storage, "Lưu trữ SAN", "DEMO-SAN-01", "Dell", "PowerVault ME5024");
        inRack(a3, 32, 2, "front", AssetKind.server, "Máy chủ CSDL 01", "DEMO-SRV-03", "HPE", "ProLiant DL380 Gen11");
        inRack(a3, 28, 2, "front", AssetKind.server, "Máy chủ sao lưu", "DEMO-BKP-01", "HPE", "ProLiant DL380 Gen11");
        inRack(b1, 38, 1, "front", AssetKind.network_switch, "Chuyển mạch truy cập 01", "DEMO-SW-02", "Cisco", "C9200-24T");
        inRack(b1, 10, 2, "front", AssetKind.server, "Máy chủ dự phòng", "DEMO-SRV-04", "Dell", "PowerEdge R650");

        links.save(new IspLink(null, DemoSite.ID, "VNPT", "VNPT-BKN-0001", "Gi0/0/0", "203.0.113.1", null, "127.0.0.1"));
        links.save(new IspLink(null, DemoSite.ID, "Viettel", "VTL-BKN-0002", "Gi0/0/1", "198.51.100.1", null, "127.0.0.1"));
        powerChain.build(grid1, grid2, a1, a2);
        workThisWeek(a1);
        LOG.info("Demo site '{}' loaded", DemoSite.ID);
        return true;
    }

    /**
     * Work for the crews from the first day: a corrective order on the transfer switch,
     * assigned; the UPS-02 battery check, planned; the cabling of rack A01. Each due within the week. Their titles
     * are what a Vietnamese crew leader writes, in Vietnamese only (the crawl reads them).
     */
    private void workThisWeek(Rack a1) {
        LocalDate today = LocalDate.now(clock);
        orders.save(manual("Kiểm tra tiếp điểm ATS-01 sau lần chuyển nguồn",
                WorkOrderKind.corrective, DemoPowerChain.ATS, null, today.plusDays(2), "Tổ A"));
        orders.save(manual("Đo điện áp từng bình ắc quy UPS-02",
                WorkOrderKind.planned, "ups-2", null, today.plusDays(4), null));
        orders.save(manual("Sắp xếp lại cáp nguồn tủ A01",
                WorkOrderKind.planned, null, a1.id(), today.plusDays(6), null));
    }

    private WorkOrder manual(String title, WorkOrderKind kind, String deviceId, Long rackId, LocalDate due, String crew) {
        Long assetId = deviceId == null ? null : devices.findById(deviceId).map(MonitoredDevice::assetId).orElse(null);
        return new WorkOrder(null, null, assetId, due, crew == null ? WorkOrderStatus.planned : WorkOrderStatus.assigned, crew,
                null, null, null, null, null, null, null, null, title, kind, deviceId, rackId, "demo");
    }

    /** Saved with the ports of its device type, as equipment registered by a person gets them. */
    private Asset withPorts(Asset saved) {
        cabling.ensurePorts(saved, "demo");
        return saved;
    }

    private Asset inRoom(Room room, AssetKind kind, String name, String label, String vendor, String model) {
        return withPorts(assets.save(new Asset(null, DemoSite.ID, room.id(), null, null, null, null, kind, name, label,
                vendor, model, null, AssetStatus.in_service, Criticality.critical,
                "Sở Thông tin và Truyền thông", null, null, null, null, null, null, null)));
    }

    private Asset inRack(Rack rack, int u, AssetKind kind, String name, String label, String vendor, String model) {
        return inRack(rack, u, 1, "front", kind, name, label, vendor, model);
    }

    private Asset inRack(Rack rack, int u, int height, String face, AssetKind kind, String name, String label,
                         String vendor, String model) {
        return withPorts(assets.save(new Asset(null, DemoSite.ID, rack.roomId(), rack.id(), u, height, face, kind, name, label,
                vendor, model, null, AssetStatus.in_service, Criticality.high,
                "Sở Thông tin và Truyền thông", null, null, null, null, null, null, null)));
    }

    private void snmp(String id, Asset asset, int agentIndex) {
        // the power chain is polled more often than the room's sensors: the grid outage lasts minutes
        boolean power = EnumSet.of(AssetKind.ups, AssetKind.generator, AssetKind.ats, AssetKind.pdu).contains(asset.kind());
        int interval = power ? Math.min(agents.getPowerIntervalS(), agents.getIntervalS()) : agents.getIntervalS();
        MonitoredDevice d = MonitoredDevice.snmpV2c(id, DemoSite.ID, asset.id(), asset.name(),
                agents.host(), agents.port(agentIndex), "public");
        devices.save(new MonitoredDevice(d.id(), d.siteId(), d.assetId(), d.name(), d.protocol(), d.host(), d.port(),
                d.snmpVersion(), d.community(), d.v3User(), d.v3AuthProto(), d.v3AuthPass(), d.v3PrivProto(),
                d.v3PrivPass(), d.profile(), interval, d.timeoutMs(), d.retries(), d.enabled()));
    }

    private void mqtt(String id, Asset asset) {
        devices.save(MonitoredDevice.mqtt(id, DemoSite.ID, asset.id(), asset.name()));
    }
}
