package vn.dcim.web.api.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.error.InvalidInputException;

/**
 * A monitored device as written by the set-up screen. For an MQTT device {@code id} is the device id
 * in its topics ({@code dcim/<site>/<kind>/<id>/...}). The community and the SNMPv3 pass phrases are
 * write-only (Art. 30.7c): given, they replace the stored one; left out (null), the stored one is
 * kept; empty, it is removed. Numbers left out take the poller's defaults.
 */
@Serdeable
public record DeviceBody(@NotBlank @Size(max = 64) @Pattern(regexp = DeviceBody.ID) String id,
                         @NotBlank @Size(max = 64) String siteId,
                         @Nullable Long assetId,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull Protocol protocol,
                         @Nullable @Size(max = 255) @Pattern(regexp = DeviceBody.HOST) String host,
                         @Nullable @Min(1) @Max(65535) Integer port,
                         @Nullable @Pattern(regexp = DeviceBody.SNMP_VERSION) String snmpVersion,
                         @Nullable @Size(max = 100) String community,
                         @Nullable @Size(max = 100) String v3User,
                         @Nullable @Pattern(regexp = DeviceBody.V3_AUTH) String v3AuthProto,
                         @Nullable @Size(max = 200) String v3AuthPass,
                         @Nullable @Pattern(regexp = DeviceBody.V3_PRIV) String v3PrivProto,
                         @Nullable @Size(max = 200) String v3PrivPass,
                         @Nullable @Size(max = 100) String profile,
                         @Nullable @Min(5) @Max(86_400) Integer intervalS,
                         @Nullable @Min(100) @Max(60_000) Integer timeoutMs,
                         @Nullable @Min(0) @Max(5) Integer retries,
                         @Nullable Boolean enabled) {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** A host name, IPv4 or IPv6 address: nothing a URL or a shell would read otherwise. */
    static final String HOST = "[A-Za-z0-9][A-Za-z0-9.:_-]*";
    /** The SNMP versions and SNMPv3 protocols the poller speaks; a device form and a test probe accept the same. */
    static final String SNMP_VERSION = "1|2c|3";
    static final String V3_AUTH = "MD5|SHA|SHA224|SHA256|SHA384|SHA512";
    static final String V3_PRIV = "DES|AES|AES128|AES192|AES256";

    /** The device to store, keeping each stored secret the body leaves out; refuses settings that cannot work. */
    MonitoredDevice toDevice(String deviceId, @Nullable MonitoredDevice stored) {
        String keptCommunity = secret("community", community, stored == null ? null : stored.community());
        String keptAuth = secret("v3AuthPass", v3AuthPass, stored == null ? null : stored.v3AuthPass());
        String keptPriv = secret("v3PrivPass", v3PrivPass, stored == null ? null : stored.v3PrivPass());
        String blankProfile = profile == null || profile.isBlank() ? null : profile.trim();
        if (protocol == Protocol.mqtt) {
            // an MQTT device is addressed by its topic: nothing of SNMP is kept, secrets included
            return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, null, null, null, null, null, null, null,
                    null, null, null, interval(), timeout(), tries(), enabled == null || enabled);
        }
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("host", "an SNMP device needs the address of its agent").explained("error.device.host");
        }
        String version = snmpVersion == null ? (v3User != null && !v3User.isBlank() ? "3" : "2c") : snmpVersion;
        if ("3".equals(version)) {
            if (v3User == null || v3User.isBlank()) {
                throw new InvalidInputException("v3User", "SNMPv3 needs a user name").explained("error.device.v3-user");
            }
            if (v3AuthProto != null && keptAuth == null) {
                throw new InvalidInputException("v3AuthPass", "an authentication protocol needs its pass phrase").explained("error.device.auth-pass");
            }
            if (v3PrivProto != null && v3AuthProto == null) {
                throw new InvalidInputException("v3PrivProto", "SNMPv3 privacy needs authentication too (authPriv)").explained("error.device.priv-needs-auth");
            }
            if (v3PrivProto != null && keptPriv == null) {
                throw new InvalidInputException("v3PrivPass", "a privacy protocol needs its pass phrase").explained("error.device.priv-pass");
            }
            return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, host, port == null ? 161 : port, version, null,
                    v3User, v3AuthProto, v3AuthProto == null ? null : keptAuth, v3PrivProto, v3PrivProto == null ? null : keptPriv,
                    blankProfile, interval(), timeout(), tries(), enabled == null || enabled);
        }
        if (keptCommunity == null) {
            throw new InvalidInputException("community", "SNMPv" + version + " needs a community").explained("error.device.community", version);
        }
        return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, host, port == null ? 161 : port, version, keptCommunity,
                null, null, null, null, null, blankProfile, interval(), timeout(), tries(), enabled == null || enabled);
    }

    int interval() {
        return intervalS == null ? 60 : intervalS;
    }

    int timeout() {
        return timeoutMs == null ? 2000 : timeoutMs;
    }

    int tries() {
        return retries == null ? 1 : retries;
    }

    /** Given: replaces (checked); null: the stored one; empty: none. USM needs pass phrases of at least 8 characters. */
    private static String secret(String field, @Nullable String given, @Nullable String stored) {
        if (given == null) {
            return stored;
        }
        if (given.isEmpty()) {
            return null;
        }
        if (given.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(field, "no line breaks or control characters").explained("error.device.control-chars", field);
        }
        if (!"community".equals(field) && given.length() < 8) {
            throw new InvalidInputException(field, "an SNMPv3 pass phrase has at least 8 characters").explained("error.device.pass-length", field);
        }
        return given;
    }
}
