package vn.dcim.snmp.poll;

import io.micronaut.core.annotation.Nullable;
import org.snmp4j.smi.OID;

/**
 * One value read from an agent, scaled as its profile says, with the OID it came from. The OID is kept as read
 * and written out as text only by a reader that shows it: formatting it for every value a poll reads would cost
 * the poller's CPU in collections for a text the readings never carry.
 */
public record PolledValue(String metric, String instance, double value, @Nullable String text,
                          @Nullable String unit, OID source) {

    /** The OID in dotted form ("1.3.6.1.2.1.33.1.2.4.0"). */
    public String oid() {
        return source.toDottedString();
    }
}
