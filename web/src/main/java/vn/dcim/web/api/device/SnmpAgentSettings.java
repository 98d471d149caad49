package vn.dcim.web.api.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the poller reaches an SNMP agent, as a device form and a test probe both send it (their fields stand
 * at the top level of either body). The SNMPv3 protocols are the ones the poller speaks.
 */
@Serdeable
public record SnmpAgentSettings(@Nullable @Size(max = 255) @Pattern(regexp = SnmpAgentSettings.HOST) String host,
                                @Nullable @Min(1) @Max(65535) Integer port,
                                @Nullable @Pattern(regexp = "1|2c|3") String snmpVersion,
                                @Nullable @Size(max = 100) String community,
                                @Nullable @Size(max = 100) String v3User,
                                @Nullable @Pattern(regexp = "MD5|SHA|SHA224|SHA256|SHA384|SHA512") String v3AuthProto,
                                @Nullable @Size(max = 200) String v3AuthPass,
                                @Nullable @Pattern(regexp = "DES|AES|AES128|AES192|AES256") String v3PrivProto,
                                @Nullable @Size(max = 200) String v3PrivPass,
                                @Nullable @Size(max = 100) String profile,
                                @Nullable @Min(100) @Max(60_000) Integer timeoutMs,
                                @Nullable @Min(0) @Max(5) Integer retries) {

    /** A host name, IPv4 or IPv6 address: nothing a URL or a shell would read otherwise. */
    static final String HOST = "[A-Za-z0-9][A-Za-z0-9.:_-]*";

    /** None given: what an MQTT device's body or an empty one stands for. */
    static final SnmpAgentSettings NONE = new SnmpAgentSettings(null, null, null, null, null, null, null, null, null, null, null, null);
}
