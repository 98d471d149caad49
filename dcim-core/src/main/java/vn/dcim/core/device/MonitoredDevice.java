package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * The SNMP or MQTT endpoint behind an asset. For SNMP, {@code profile} overrides the profile that
 * would be chosen from sysObjectID/sysDescr. The community and the SNMPv3 passwords are stored
 * encrypted ({@link SecretColumns}); they are never part of an API answer.
 */
@MappedEntity("monitored_device")
public record MonitoredDevice(@Id String id,
                              String siteId,
                              @Nullable Long assetId,
                              String name,
                              Protocol protocol,
                              @Nullable String host,
                              @Nullable Integer port,
                              @Nullable String snmpVersion,
                              @Nullable @MappedProperty(converter = SecretColumns.Community.class) String community,
                              @Nullable String v3User,
                              @Nullable String v3AuthProto,
                              @Nullable @MappedProperty(converter = SecretColumns.V3AuthPass.class) String v3AuthPass,
                              @Nullable String v3PrivProto,
                              @Nullable @MappedProperty(converter = SecretColumns.V3PrivPass.class) String v3PrivPass,
                              @Nullable String profile,
                              int intervalS,
                              int timeoutMs,
                              int retries,
                              boolean enabled) {

    public static MonitoredDevice snmpV2c(String id, String siteId, Long assetId, String name,
                                          String host, int port, String community) {
        return new MonitoredDevice(id, siteId, assetId, name, Protocol.snmp, host, port, "2c", community,
                null, null, null, null, null, null, 60, 2000, 1, true);
    }

    public static MonitoredDevice mqtt(String id, String siteId, Long assetId, String name) {
        return new MonitoredDevice(id, siteId, assetId, name, Protocol.mqtt, null, null, null, null,
                null, null, null, null, null, null, 60, 2000, 1, true);
    }
}
