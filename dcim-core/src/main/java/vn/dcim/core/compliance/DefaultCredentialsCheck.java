package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 21.3a: no device polled with a default credential (public/private) or SNMP v1/v2c where v3 is possible. */
@Singleton
@CheckKey("default-credentials")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DefaultCredentialsCheck implements SiteCheck {
    static final Set<String> DEFAULTS = Set.of("public", "private", "admin", "default");
    private final MonitoredDeviceRepository devices;
    private final DeviceNames deviceNames;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        DeviceNames.Lookup names = deviceNames.lookup();
        List<MonitoredDevice> snmp = StreamSupport.stream(devices.findAll().spliterator(), false)
                .filter(d -> d.enabled() && d.protocol() == vn.dcim.core.device.Protocol.snmp && sites.admits(d.siteId())).toList();
        if (snmp.isEmpty()) {
            return Judgement.noData(said("compliance.s.default-credentials.none", "no SNMP device is polled"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        }
        List<String> weak = new ArrayList<>();
        for (MonitoredDevice d : snmp) {
            if (!"3".equals(d.snmpVersion())) {
                weak.add(names.of(d.id()) + " SNMP v" + d.snmpVersion() + (d.community() != null && DEFAULTS.contains(d.community().toLowerCase())
                        ? " (" + d.community() + ")" : ""));
            }
        }
        List<Evidence> evidence = snmp.stream().filter(d -> !"3".equals(d.snmpVersion())).limit(10)
                .map(d -> Evidence.of(names.of(d.id()), "/ui/devices/" + d.id())).toList();
        return Judgement.of(weak.isEmpty(), weak.isEmpty() ? said("compliance.s.default-credentials.ok", "{0} SNMP device(s), all v3", snmp.size())
                : said("compliance.s.default-credentials.bad", "{0} of {1} SNMP device(s) on v1/v2c (a default community in brackets): {2}",
                weak.size(), snmp.size(), list(weak)), evidence.isEmpty()
                ? List.of(Evidence.link("compliance.ev.devices", "devices", "/ui/devices")) : evidence);
    }
}
