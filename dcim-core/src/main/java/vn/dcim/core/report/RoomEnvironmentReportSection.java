package vn.dcim.core.report;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmRule;
import vn.dcim.core.alarm.AlarmRules;
import vn.dcim.core.asset.AssetFacts;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.site.Places;
import vn.dcim.core.telemetry.HourlySummaries;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The environment part of the quarterly and yearly report (Art. 6.2: temperature and humidity suitable
 * for IT equipment; Art. 7.2: the periodic report): per room and quantity, the lowest, mean and highest
 * reading of the period and the hours in which a reading left the range of the enabled alarm rules
 * (the thresholds the center set, Art. 6.2 gives no number). Read from the hourly roll-ups of the series
 * store, kept 5 years, so a year's report reads 8,760 rows per sensor, never the raw points.
 */
@Singleton
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoomEnvironmentReportSection implements ReportSection {
    private static final List<String> METRICS = List.of("env.temperature", "env.humidity");

    private final Clock clock;
    private final AlarmRules rules;
    private final HourlySummaries hourly;
    private final MonitoredDevices devices;
    private final AssetFacts assets;
    private final Places places;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) throws SQLException {
        // roll-up buckets are UTC; the period is the center's days
        LocalDateTime from = SqlTime.of(period.start().atStartOfDay(clock.getZone()).toInstant());
        LocalDateTime to = SqlTime.of(period.end().atStartOfDay(clock.getZone()).toInstant());
        List<List<Object>> rows = new ArrayList<>();
        for (String metric : METRICS) {
            Range range = range(metric);
            for (HourlySummaries.Summary r : hourly.byGroup(metric, roomOfDevice(hourly.devicesMeasuring(metric)),
                    range.high == null ? Double.MAX_VALUE : range.high, range.low == null ? -Double.MAX_VALUE : range.low, from, to)) {
                String room = r.group().isEmpty() ? l.get("environment.noRoom") : r.group();
                rows.add(List.of(room, l.get("environment." + metric), round(r.min()), round(r.mean()), round(r.max()), range.text(r.unit(), l),
                        r.hours(), range.isEmpty() ? "" : (Object) r.hoursOutside()));
            }
        }
        return new Report.Section(l.get("section.environment"),
                l.columns("room", "quantity", "min", "mean", "max", "range", "hoursMeasured", "hoursOutOfRange"), rows).sheet(l.get("sheet.environment"));
    }

    /**
     * The room each device stands in, as people name it ("site › room"): the room of the asset it watches (or of that
     * asset's rack), else the room it was placed in; a device in no room is left out.
     */
    private Map<String, String> roomOfDevice(List<String> deviceIds) {
        Map<String, MonitoredDevices.Whereabouts> where = devices.whereabouts(deviceIds);
        // where each watched asset stands, read column by column (a row of a kind this release does not know still counts)
        Map<Long, AssetFacts.Placed> watched = assets.placesOf(
                where.values().stream().map(MonitoredDevices.Whereabouts::assetId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Long> roomOfRack = places.roomsOfRacks(watched.values().stream().map(AssetFacts.Placed::rackId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, Long> roomIds = new HashMap<>();
        where.forEach((device, w) -> {
            AssetFacts.Placed a = w.assetId() == null ? null : watched.get(w.assetId());
            Long room = w.assetId() == null ? w.placedInRoom() : a == null ? null : a.roomId() != null ? a.roomId() : roomOfRack.get(a.rackId());
            if (room != null) {
                roomIds.put(device, room);
            }
        });
        Map<Long, String> names = places.roomNames(new HashSet<>(roomIds.values()));
        Map<String, String> rooms = new HashMap<>();
        roomIds.forEach((device, room) -> {
            if (names.containsKey(room)) {
                rooms.put(device, names.get(room));
            }
        });
        return rooms;
    }

    /**
     * The range the enabled alarm rules of the metric allow: the lowest "above" and the highest "below" trigger. Read
     * fresh from the alarm rules (not their evaluator's cache), so a rule changed just before the report counts.
     */
    private Range range(String metric) {
        List<AlarmRule> enabled = rules.all().stream().filter(r -> r.enabled() && r.metric().equals(metric) && r.trigger() != null).toList();
        Double high = enabled.stream().filter(r -> r.kind() == AlarmRule.Kind.above).map(AlarmRule::trigger).min(Double::compare).orElse(null);
        Double low = enabled.stream().filter(r -> r.kind() == AlarmRule.Kind.below).map(AlarmRule::trigger).max(Double::compare).orElse(null);
        return new Range(low, high);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private record Range(Double low, Double high) {
        boolean isEmpty() {
            return low == null && high == null;
        }

        String text(String unit, ReportLabels l) {
            String u = unit.isEmpty() ? "" : " " + unit;
            if (isEmpty()) {
                return l.get("environment.noRule");
            }
            if (low == null) {
                return "≤ " + num(high) + u;
            }
            if (high == null) {
                return "≥ " + num(low) + u;
            }
            return num(low) + "–" + num(high) + u;
        }

        private static String num(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }
}
