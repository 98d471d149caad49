package vn.dcim.snmp.trap;

import io.micronaut.core.annotation.Nullable;
import org.snmp4j.TransportStateReference;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityParameters;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.SecurityStateReference;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;

import java.io.IOException;
import java.util.function.Function;

/**
 * The trap receiver's USM (RFC 3414) with each device's own credentials: an SNMPv3 message from the
 * address of a registered SNMPv3 device is checked against that device's user and keys only (another
 * device's user, valid elsewhere, is an unknown user here); a message from any other address (a relay,
 * an unknown sender) against every device's users, as one shared USM would.
 */
final class SenderUsm extends USM {
    private final Function<String, @Nullable USM> ofSender;
    /**
     * The source address of the datagram being decoded on this thread (the transport decodes on its
     * listening thread; SNMP4J's TransportStateReference holds the transport's own address, not the peer's).
     */
    private final ThreadLocal<String> sender = new ThreadLocal<>();

    /**
     * @param ofSender the USM holding only the user of the device at that IP address, null when no SNMPv3
     *                 device is registered there
     */
    SenderUsm(OctetString localEngineId, CounterSupport counters, Function<String, @Nullable USM> ofSender) {
        super(SecurityProtocols.getInstance(), localEngineId, 0, counters);
        this.ofSender = ofSender;
    }

    /** Decodes a datagram from {@code from} (the peer's IP address): its v3 security is checked against that sender's USM. */
    <T> T heardFrom(@Nullable String from, java.util.function.Supplier<T> decode) {
        sender.set(from);
        try {
            return decode.get();
        } finally {
            sender.remove();
        }
    }

    @Override
    public int processIncomingMsg(int snmpVersion, int maxMessageSize, SecurityParameters securityParameters, SecurityModel securityModel,
                                  int securityLevel, BERInputStream wholeMsg, TransportStateReference tmStateReference,
                                  OctetString securityEngineID, OctetString securityName, BEROutputStream scopedPDU,
                                  Integer32 maxSizeResponseScopedPDU, SecurityStateReference securityStateReference,
                                  StatusInformation statusInfo) throws IOException {
        String from = sender.get();
        USM own = from == null ? null : ofSender.apply(from);
        if (own == null) {
            return super.processIncomingMsg(snmpVersion, maxMessageSize, securityParameters, securityModel, securityLevel, wholeMsg,
                    tmStateReference, securityEngineID, securityName, scopedPDU, maxSizeResponseScopedPDU, securityStateReference, statusInfo);
        }
        return own.processIncomingMsg(snmpVersion, maxMessageSize, securityParameters, securityModel, securityLevel, wholeMsg,
                tmStateReference, securityEngineID, securityName, scopedPDU, maxSizeResponseScopedPDU, securityStateReference, statusInfo);
    }
}
