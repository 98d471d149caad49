package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A monitored device as answered: every setting but the secrets, of which only whether one is stored
 * (Art. 30.7c: the community and the SNMPv3 pass phrases never leave the server).
 */
@Serdeable
public record DeviceView(String id, String url, String display, String siteId, @Nullable Long assetId, String name,
                         Protocol protocol, @Nullable String host, @Nullable Integer port, @Nullable String snmpVersion,
                         boolean hasCommunity, @Nullable String v3User, @Nullable String v3AuthProto, boolean hasV3AuthPass,
                         @Nullable String v3PrivProto, boolean hasV3PrivPass, @Nullable String profile, int intervalS,
                         int timeoutMs, int retries, boolean enabled) {

    public static DeviceView of(MonitoredDevice d) {
        return new DeviceView(d.id(), "/api/devices/" + d.id(), d.name() + " (" + d.id() + ")", d.siteId(), d.assetId(), d.name(),
                d.protocol(), d.host(), d.port(), d.snmpVersion(), d.community() != null, d.v3User(), d.v3AuthProto(),
                d.v3AuthPass() != null, d.v3PrivProto(), d.v3PrivPass() != null, d.profile(), d.intervalS(), d.timeoutMs(),
                d.retries(), d.enabled());
    }
}
