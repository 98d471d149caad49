package vn.dcim.core.device;

import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.text.ColumnText;

import java.time.Instant;

/**
 * How many values of one device a collector refused for one reason (wrong type, overflow, implausible
 * for its unit ...), with the last one as an example. The other values of those polls were stored.
 */
@Introspected
public record DeviceRefusal(String deviceId, String reason, long refused, Instant firstTs, Instant lastTs,
                            String lastMetric, String lastOid, String lastDetail) {

    /** One refused value, as a collector reports it. */
    public static DeviceRefusal one(Instant ts, String deviceId, String reason, String metric, String oid, String detail) {
        return new DeviceRefusal(deviceId, reason, 1, ts, ts, cut(metric, 128), cut(oid, 255), cut(detail, 500));
    }

    private static String cut(String s, int max) {
        return s == null ? "" : ColumnText.fit(s, max);
    }
}
