package vn.dcim.snmp.poll;

import io.micronaut.core.annotation.Nullable;

/**
 * How to reach one agent: version 1, 2c or 3; for v3 the USM user with its auth (MD5, SHA,
 * SHA224..SHA512) and privacy (DES, AES128, AES192, AES256) protocols.
 */
public record AgentAddress(String host, int port, String version, @Nullable String community,
                           @Nullable String v3User, @Nullable String authProtocol, @Nullable String authPassword,
                           @Nullable String privProtocol, @Nullable String privPassword,
                           int timeoutMs, int retries) {

    public static AgentAddress v2c(String host, int port, String community) {
        return new AgentAddress(host, port, "2c", community, null, null, null, null, null, 2000, 1);
    }

    public boolean isV3() {
        return "3".equals(version);
    }
}
