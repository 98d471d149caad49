package vn.dcim.snmp.poll;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;

import java.util.Map;

/**
 * What an SNMPv3 agent's report PDU says about a refused request (RFC 3414 section 3.2, RFC 3412 section 7.2): the
 * counter it names is the reason, so an operator learns whether the user, the pass phrase or the
 * engine is wrong instead of reading an empty device.
 */
final class V3Reports {
    private static final Map<OID, String> REASONS = Map.of(
            new OID("1.3.6.1.6.3.15.1.1.1.0"), "the security level is not one this user may use (usmStatsUnsupportedSecLevels): "
                    + "check whether it needs authentication and privacy",
            new OID("1.3.6.1.6.3.15.1.1.2.0"), "our clock is outside the agent's time window (usmStatsNotInTimeWindows)",
            new OID("1.3.6.1.6.3.15.1.1.3.0"), "unknown user (usmStatsUnknownUserNames): the agent has no such SNMPv3 user",
            new OID("1.3.6.1.6.3.15.1.1.4.0"), "unknown engine ID (usmStatsUnknownEngineIDs): the agent's engine ID could not be agreed",
            new OID("1.3.6.1.6.3.15.1.1.5.0"), "wrong authentication (usmStatsWrongDigests): wrong auth pass phrase or protocol",
            new OID("1.3.6.1.6.3.15.1.1.6.0"), "decryption failed (usmStatsDecryptionErrors): wrong privacy pass phrase or protocol",
            new OID("1.3.6.1.6.3.11.2.1.3.0"), "the agent does not handle this request (snmpUnknownPDUHandlers)",
            new OID("1.3.6.1.6.3.12.1.4.0"), "the context is not available (snmpUnavailableContexts)",
            new OID("1.3.6.1.6.3.12.1.5.0"), "unknown context (snmpUnknownContexts)");

    private V3Reports() {
    }

    static SnmpException refusal(AgentAddress agent, PDU report) {
        return refusal(agent, report.getVariableBindings().isEmpty() ? null : report.get(0).getOid());
    }

    static SnmpException refusal(AgentAddress agent, OID counter) {
        String reason = counter == null ? "a report without a reason" : REASONS.getOrDefault(counter, "report " + counter);
        return new SnmpException("SNMPv3 agent " + agent.host() + ":" + agent.port() + " refused user '" + agent.v3User() + "': " + reason,
                SnmpException.Failure.v3_refused);
    }
}
