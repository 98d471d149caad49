package vn.dcim.core.capacity;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.cabling.PowerConnectionHistory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The power allocated through PDUs day by day, from the power connections' history: for a PDU (or the PDUs under a
 * UPS) the draws of the ports plugged into it at the end of each of the centre's days, and "alone": the whole
 * allocation of every piece of equipment with a supply on it, which is what it must carry when the equipment's other
 * supplies lose their side. Days before the registry's trail began are not known and not given.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PduAllocationDays {
    private final PowerConnectionHistory history;
    private final AuditLog audit;
    private final CapacitySnapshots snapshots;
    private final CapacitySettings settings;
    private final Clock clock;

    /** The days of the forecasts' history, read once per answer. */
    Days read() {
        LocalDate today = snapshots.today();
        LocalDate from = today.minusDays(settings.getHistoryDays());
        Instant trailBegins = audit.firstRecord().orElse(null);
        if (trailBegins == null) {
            return new Days(List.of());
        }
        // every cord plugged in since the trail began is known (kept, or named by it); before it, cords unplugged are not
        LocalDate first = LocalDate.ofInstant(trailBegins, clock.getZone());
        if (first.isAfter(from)) {
            from = first;
        }
        if (from.isAfter(today)) {
            return new Days(List.of());
        }
        List<PowerConnectionHistory.Span> spans = history.since(start(from));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            Instant at = day.equals(today) ? clock.instant() : start(day.plusDays(1));
            Map<Long, Integer> ofDevice = new HashMap<>();
            Map<Long, Set<Long>> pdusOfDevice = new HashMap<>();
            Map<Long, Integer> ofPdu = new HashMap<>();
            Set<Long> trailPdus = new HashSet<>();
            Set<Long> trailDevices = new HashSet<>();
            for (PowerConnectionHistory.Span s : spans) {
                if (s.openAt(at)) {
                    if (s.fromTrail()) {
                        trailPdus.add(s.pduAssetId());
                        trailDevices.add(s.deviceAssetId());
                    }
                    ofPdu.merge(s.pduAssetId(), s.allocatedW(), Integer::sum);
                    ofDevice.merge(s.deviceAssetId(), s.allocatedW(), Integer::sum);
                    pdusOfDevice.computeIfAbsent(s.deviceAssetId(), k -> new HashSet<>()).add(s.pduAssetId());
                }
            }
            days.add(new Day(day, ofPdu, ofDevice, pdusOfDevice, trailPdus, trailDevices));
        }
        return new Days(days);
    }

    /** One day; {@code trailPdus} and {@code trailDevices} have a cord on it that only the trail names. */
    private record Day(LocalDate day, Map<Long, Integer> ofPdu, Map<Long, Integer> ofDevice, Map<Long, Set<Long>> pdusOfDevice,
                       Set<Long> trailPdus, Set<Long> trailDevices) {
    }

    /** The known days; each question sums them for a group of PDUs. */
    static final class Days {
        private final List<Day> days;

        private Days(List<Day> days) {
            this.days = days;
        }

        /** kW plugged into these PDUs each day (0 on a known day with nothing plugged in). */
        Map<LocalDate, Double> allocated(Collection<Long> pdus) {
            Map<LocalDate, Double> out = new TreeMap<>();
            for (Day d : days) {
                int w = 0;
                for (Long pdu : pdus) {
                    w += d.ofPdu().getOrDefault(pdu, 0);
                }
                out.put(d.day(), w / 1000.0);
            }
            return out;
        }

        /**
         * The days whose value for these PDUs rests on a cord read back from the registry's trail (on the PDUs, or
         * {@code alone}: of the equipment plugged into them).
         */
        Set<LocalDate> fromTrail(Collection<Long> pdus, boolean alone) {
            Set<Long> of = new HashSet<>(pdus);
            Set<LocalDate> out = new HashSet<>();
            for (Day d : days) {
                boolean rests = d.trailPdus().stream().anyMatch(of::contains)
                        || alone && d.pdusOfDevice().entrySet().stream()
                        .anyMatch(e -> d.trailDevices().contains(e.getKey()) && e.getValue().stream().anyMatch(of::contains));
                if (rests) {
                    out.add(d.day());
                }
            }
            return out;
        }

        /** kW of all the equipment with a supply on any of these PDUs each day: their load when the other sides fail. */
        Map<LocalDate, Double> alone(Collection<Long> pdus) {
            Set<Long> of = new HashSet<>(pdus);
            Map<LocalDate, Double> out = new TreeMap<>();
            for (Day d : days) {
                int w = 0;
                for (Map.Entry<Long, Set<Long>> e : d.pdusOfDevice().entrySet()) {
                    if (e.getValue().stream().anyMatch(of::contains)) {
                        w += d.ofDevice().get(e.getKey());
                    }
                }
                out.put(d.day(), w / 1000.0);
            }
            return out;
        }
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
