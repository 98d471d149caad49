package vn.dcim.mqtt.ingest;

import vn.dcim.core.access.AccessDirection;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessResult;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.time.TimeWindow;
import vn.dcim.mqtt.dialect.DialectEvent;
import vn.dcim.mqtt.dialect.DialectReading;
import vn.dcim.mqtt.dialect.DialectResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dialect's message gives once its source is a device: readings (events raised/cleared and
 * online/offline as state readings, so the alarm rules see them as they see SNMP) and access-log rows
 * (Art. 6.6). An output whose time is implausible (a clock at 1970, or ahead by more than the allowed
 * skew) is left out and counted in {@code skipped}. Used by the MQTT bridge and the HTTP push receiver.
 */
public record VendorOutputs(List<Reading> readings, List<AccessEvent> access, int skipped) {

    public static VendorOutputs of(DialectResult.Taken t, String deviceId, String siteId, Instant received, Duration maxSkew) {
        List<Reading> readings = new ArrayList<>();
        List<AccessEvent> access = new ArrayList<>();
        int skipped = 0;
        for (DialectReading d : t.readings()) {
            if (TimeWindow.refusal(d.ts(), received, maxSkew).isEmpty()) {
                readings.add(new Reading(d.ts(), deviceId, d.metric(), d.instance(), d.value(), d.text(), d.unit()));
            } else {
                skipped++;
            }
        }
        for (DialectEvent e : t.events()) {
            if (TimeWindow.refusal(e.ts(), received, maxSkew).isPresent()) {
                skipped++;
                continue;
            }
            if (e.isAccess()) {
                String id = e.id() != null ? e.id() : e.ts().toEpochMilli() + "-" + e.instance();
                access.add(new AccessEvent(null, deviceId, id.length() > 100 ? id.substring(0, 100) : id, siteId,
                        e.event().equals(DialectEvent.ACCESS_GRANTED) ? AccessResult.granted : AccessResult.denied,
                        e.badge(), e.person(), AccessDirection.unknown, e.ts(), received).atDoor(door(e)));
            } else {
                DialectReading d = e.asReading();
                readings.add(new Reading(d.ts(), deviceId, d.metric(), d.instance(), d.value(), d.text(), d.unit()));
            }
        }
        return new VendorOutputs(List.copyOf(readings), List.copyOf(access), skipped);
    }

    /**
     * The door or reader the dialect read from the event (Hikvision doorNo, ZKTeco eventaddr), none when it names none:
     * the engine's "0" stands for an instance not given, and no terminal numbers its doors from 0.
     */
    private static String door(DialectEvent e) {
        return e.instance() == null || e.instance().isBlank() || e.instance().equals("0") ? null : e.instance();
    }

    /** What the message would give once bound, one reading or event a line, for the inbox's screen. */
    public static String wouldGive(DialectResult.Taken t) {
        StringBuilder b = new StringBuilder();
        for (DialectReading r : t.readings()) {
            b.append(r.metric()).append('[').append(r.instance()).append("] = ")
                    .append(r.value() != null ? r.value() : "").append(r.text() != null ? " " + r.text() : "")
                    .append(r.unit() != null ? " " + r.unit() : "").append('\n');
        }
        for (DialectEvent e : t.events()) {
            b.append("event ").append(e.event()).append('[').append(e.instance()).append(']')
                    .append(e.active() ? "" : " cleared").append('\n');
        }
        return b.toString().strip();
    }

}
