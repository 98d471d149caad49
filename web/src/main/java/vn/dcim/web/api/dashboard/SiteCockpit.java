package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerReadings;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts a site's cockpit together from the registry and today's readings (Art. 30.8a). */
@Singleton
class SiteCockpit {
    private final SiteRepository sites;
    private final MonitoredDeviceRepository devices;
    private final AssetRepository assets;
    private final PowerChains chains;
    private final PowerReadings powerReadings;
    private final LatestReadings latest;
    private final Alarms alarms;
    private final LiveValues live;
    private final SiteClimate climate;
    private final SiteDuty duty;
    private final Clock clock;

    SiteCockpit(SiteRepository sites, MonitoredDeviceRepository devices, AssetRepository assets, PowerChains chains,
                PowerReadings powerReadings, LatestReadings latest, Alarms alarms, LiveValues live, SiteClimate climate,
                SiteDuty duty, Clock clock) {
        this.sites = sites;
        this.devices = devices;
        this.assets = assets;
        this.chains = chains;
        this.powerReadings = powerReadings;
        this.latest = latest;
        this.alarms = alarms;
        this.live = live;
        this.climate = climate;
        this.duty = duty;
        this.clock = clock;
    }

    CockpitView of(String siteId) {
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
        Instant at = clock.instant();
        Map<String, MonitoredDevice> siteDevices = devices.findBySiteId(siteId).stream()
                .collect(Collectors.toMap(MonitoredDevice::id, Function.identity()));
        List<AlarmView> open = alarms.list(new AlarmFilter("active", null, null, null, siteId), 1000, 0);
        Map<String, Severity> worst = new HashMap<>();
        open.forEach(a -> worst.merge(a.source(), a.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
        // issue 31: the count is the console's (every alarm not closed, the center-wide ones included), not the active ones
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        alarms.consoleCountBySeverity(siteId).forEach((s, n) -> bySeverity.put(s.name(), n));

        PowerChain chain = chains.of(siteId);
        List<CockpitView.Element> elements = new ArrayList<>();
        for (PowerNode n : chain.nodes()) {
            List<CockpitView.Value> values = live.shown(n.deviceId() == null ? null : siteDevices.get(n.deviceId()),
                    powerReadings.of(chain, n), Shown.metrics(n.kind().name()));
            elements.add(new CockpitView.Element(n.id(), n.kind().name(), n.name(), n.deviceId(), n.rackId(),
                    LiveValues.state(n.deviceId(), values, worst), values));
        }
        elements = withRackPower(chain, elements);
        List<CockpitView.Link> links = chain.links().stream()
                .map(l -> new CockpitView.Link(l.upstreamId(), l.downstreamId(), l.side())).toList();

        Map<Long, Asset> siteAssets = assets.findBySiteIdOrderByName(siteId).stream()
                .collect(Collectors.toMap(Asset::id, Function.identity()));
        return new CockpitView(site.id(), site.name(), at, elements, links,
                equipment("precision_cooling", siteDevices, siteAssets, worst),
                climate.rooms(siteId, siteDevices, siteAssets),
                equipment("door_controller", siteDevices, siteAssets, worst),
                equipment("camera", siteDevices, siteAssets, worst),
                duty.isp(siteId), bySeverity, duty.workOrders(siteAssets), PowerUsage.of(elements));
    }

    private List<CockpitView.Element> equipment(String kind, Map<String, MonitoredDevice> siteDevices,
                                                Map<Long, Asset> siteAssets, Map<String, Severity> worst) {
        return siteDevices.values().stream()
                .filter(d -> d.assetId() != null && siteAssets.containsKey(d.assetId())
                        && siteAssets.get(d.assetId()).kind().name().equals(kind))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .map(d -> {
                    List<CockpitView.Value> values = live.shown(d, latest.ofDevice(d.id()), Shown.metrics(kind));
                    return new CockpitView.Element(null, kind, d.name(), d.id(), null, LiveValues.state(d.id(), values, worst), values);
                }).toList();
    }

    /** A rack's power is what its PDUs measure, summed, when every PDU feeding it has a fresh value. */
    private static List<CockpitView.Element> withRackPower(PowerChain chain, List<CockpitView.Element> elements) {
        Map<Long, CockpitView.Element> byId = elements.stream().collect(Collectors.toMap(CockpitView.Element::id, Function.identity()));
        List<CockpitView.Element> result = new ArrayList<>();
        for (CockpitView.Element e : elements) {
            if (!e.kind().equals(PowerNodeKind.rack.name())) {
                result.add(e);
                continue;
            }
            Double watts = 0.0;
            Instant newest = Instant.EPOCH;
            List<PowerLink> inputs = chain.inputs(e.id());
            for (PowerLink in : inputs) {
                CockpitView.Value v = byId.get(in.upstreamId()).values().stream()
                        .filter(x -> x.metric().equals("pdu.power") && x.value() != null && !x.stale()).findFirst().orElse(null);
                if (v == null) {
                    watts = null;
                    break;
                }
                watts += v.value();
                newest = v.ts().isAfter(newest) ? v.ts() : newest;
            }
            List<CockpitView.Value> values = watts == null || inputs.isEmpty() ? List.of()
                    : List.of(new CockpitView.Value("rack.power", "0", watts, null, "W", newest, false));
            result.add(new CockpitView.Element(e.id(), e.kind(), e.name(), e.deviceId(), e.rackId(), e.state(), values));
        }
        return result;
    }
}
