package vn.dcim.web.api.device;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
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
 * kept; empty, it is removed. Numbers left out take the poller's defaults. The SNMP settings are the
 * fields a test probe sends too, at the top level of the body.
 */
@Serdeable
public record DeviceBody(@NotBlank @Size(max = 64) @Pattern(regexp = DeviceBody.ID) String id,
                         @NotBlank @Size(max = 64) String siteId,
                         @Nullable Long assetId,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull Protocol protocol,
                         @JsonUnwrapped @Valid @Nullable SnmpAgentSettings snmp,
                         @Nullable @Min(5) @Max(86_400) Integer intervalS,
                         @Nullable Boolean enabled) {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public DeviceBody {
        snmp = snmp == null ? SnmpAgentSettings.NONE : snmp;
    }

    /** The device to store, keeping each stored secret the body leaves out; refuses settings that cannot work. */
    MonitoredDevice toDevice(String deviceId, @Nullable MonitoredDevice stored) {
        String keptCommunity = secret("community", snmp.community(), stored == null ? null : stored.community());
        String keptAuth = secret("v3AuthPass", snmp.v3AuthPass(), stored == null ? null : stored.v3AuthPass());
        String keptPriv = secret("v3PrivPass", snmp.v3PrivPass(), stored == null ? null : stored.v3PrivPass());
        String blankProfile = snmp.profile() == null || snmp.profile().isBlank() ? null : snmp.profile().trim();
        if (protocol == Protocol.mqtt) {
            // an MQTT device is addressed by its topic: nothing of SNMP is kept, secrets included
            return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, null, null, null, null, null, null, null,
                    null, null, null, interval(), timeout(), tries(), enabled == null || enabled);
        }
        if (snmp.host() == null || snmp.host().isBlank()) {
            throw new InvalidInputException("host", "an SNMP device needs the address of its agent").explained("error.device.host");
        }
        String version = snmp.snmpVersion() != null ? snmp.snmpVersion()
                : snmp.v3User() != null && !snmp.v3User().isBlank() ? "3" : "2c";
        if ("3".equals(version)) {
            if (snmp.v3User() == null || snmp.v3User().isBlank()) {
                throw new InvalidInputException("v3User", "SNMPv3 needs a user name").explained("error.device.v3-user");
            }
            if (snmp.v3AuthProto() != null && keptAuth == null) {
                throw new InvalidInputException("v3AuthPass", "an authentication protocol needs its pass phrase").explained("error.device.auth-pass");
            }
            if (snmp.v3PrivProto() != null && snmp.v3AuthProto() == null) {
                throw new InvalidInputException("v3PrivProto", "SNMPv3 privacy needs authentication too (authPriv)").explained("error.device.priv-needs-auth");
            }
            if (snmp.v3PrivProto() != null && keptPriv == null) {
                throw new InvalidInputException("v3PrivPass", "a privacy protocol needs its pass phrase").explained("error.device.priv-pass");
            }
            return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, snmp.host(), port(), version, null,
                    snmp.v3User(), snmp.v3AuthProto(), snmp.v3AuthProto() == null ? null : keptAuth,
                    snmp.v3PrivProto(), snmp.v3PrivProto() == null ? null : keptPriv, blankProfile, interval(), timeout(), tries(), enabled == null || enabled);
        }
        if (keptCommunity == null) {
            throw new InvalidInputException("community", "SNMPv" + version + " needs a community").explained("error.device.community", version);
        }
        return new MonitoredDevice(deviceId, siteId, assetId, name, protocol, snmp.host(), port(), version, keptCommunity,
                null, null, null, null, null, blankProfile, interval(), timeout(), tries(), enabled == null || enabled);
    }

    int port() {
        return snmp.port() == null ? 161 : snmp.port();
    }

    int interval() {
        return intervalS == null ? 60 : intervalS;
    }

    int timeout() {
        return snmp.timeoutMs() == null ? 2000 : snmp.timeoutMs();
    }

    int tries() {
        return snmp.retries() == null ? 1 : snmp.retries();
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
