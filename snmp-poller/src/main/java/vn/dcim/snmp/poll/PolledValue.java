package vn.dcim.snmp.poll;

import io.micronaut.core.annotation.Nullable;

/** One value read from an agent, scaled as its profile says, with the OID it came from. */
public record PolledValue(String metric, String instance, double value, @Nullable String text,
                          @Nullable String unit, String oid) {
}
