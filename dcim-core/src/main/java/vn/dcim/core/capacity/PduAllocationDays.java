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
            return new Days(List.of(), List.of());
        }
        // every cord plugged in since the trail began is known (kept, or named by it); before it, cords unplugged are not
        LocalDate first = LocalDate.ofInstant(trailBegins, clock.getZone());
        if (first.isAfter(from)) {
            from = first;
        }
        if (from.isAfter(today)) {
            return new Days(List.of(), List.of());
        }
        List<PowerConnectionHistory.Span> spans = history.since(start(from));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            Instant at = day.equals(today) ? clock.instant() : start(day.plusDays(1));
            Map<Long, Integer> ofPdu = new HashMap<>();
            Set<Long> trailPdus = new HashSet<>();
            Map<Long, Integer> ofDevice = new HashMap<>();
            Map<Long, Set<Long>> pdusOfDevice = new HashMap<>();
            Set<Long> trailDevices = new HashSet<>();
            for (PowerConnectionHistory.Span s : spans) {
                if (s.openAt(at)) {
                    ofPdu.merge(s.pduAssetId(), s.allocatedW(), Integer::sum);
                    ofDevice.merge(s.deviceAssetId(), s.allocatedW(), Integer::sum);
                    pdusOfDevice.computeIfAbsent(s.deviceAssetId(), k -> new HashSet<>()).add(s.pduAssetId());
                    if (s.fromTrail()) {
                        trailPdus.add(s.pduAssetId());
                        trailDevices.add(s.deviceAssetId());
                    }
                }
            }
            // one PDU alone, kept per day; the devices themselves are not (a centre's two years of them would not fit)
            Map<Long, Integer> aloneOfPdu = new HashMap<>();
            Set<Long> trailAlonePdus = new HashSet<>();
            pdusOfDevice.forEach((device, pdus) -> pdus.forEach(pdu -> {
                aloneOfPdu.merge(pdu, ofDevice.get(device), Integer::sum);
                if (trailDevices.contains(device)) {
                    trailAlonePdus.add(pdu);
                }
            }));
            days.add(new Day(day, at, ofPdu, aloneOfPdu, trailPdus, trailAlonePdus));
        }
        return new Days(days, spans);
    }

    /**
     * One day, as at its end ({@code at}); {@code trailPdus} have a cord on them that only the trail names,
     * {@code trailAlonePdus} equipment with such a cord anywhere.
     */
    private record Day(LocalDate day, Instant at, Map<Long, Integer> ofPdu, Map<Long, Integer> aloneOfPdu, Set<Long> trailPdus,
                       Set<Long> trailAlonePdus) {
    }

    /** The known days; each question sums them for a PDU, or for a group of PDUs (a UPS's) from the spans again. */
    static final class Days {
        private final List<Day> days;
        private final List<PowerConnectionHistory.Span> spans;

        private Days(List<Day> days, List<PowerConnectionHistory.Span> spans) {
            this.days = days;
            this.spans = spans;
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

        /** kW of all the equipment with a supply on any of these PDUs each day: their load when the other sides fail. */
        Map<LocalDate, Double> alone(Collection<Long> pdus) {
            Map<LocalDate, Double> out = new TreeMap<>();
            if (pdus.size() == 1) {
                long pdu = pdus.iterator().next();
                days.forEach(d -> out.put(d.day(), d.aloneOfPdu().getOrDefault(pdu, 0) / 1000.0));
                return out;
            }
            onGroup(pdus).forEach((day, g) -> out.put(day, g.watts() / 1000.0));
            return out;
        }

        /**
         * The days whose value for these PDUs rests on a cord read back from the registry's trail (on the PDUs, or
         * {@code alone}: of the equipment plugged into them).
         */
        Set<LocalDate> fromTrail(Collection<Long> pdus, boolean alone) {
            Set<LocalDate> out = new HashSet<>();
            Map<LocalDate, OnGroup> group = alone && pdus.size() > 1 ? onGroup(pdus) : Map.of();
            for (Day d : days) {
                boolean rests = pdus.stream().anyMatch(d.trailPdus()::contains)
                        || alone && (pdus.size() == 1 ? d.trailAlonePdus().contains(pdus.iterator().next()) : group.get(d.day()).fromTrail());
                if (rests) {
                    out.add(d.day());
                }
            }
            return out;
        }

        private record OnGroup(int watts, boolean fromTrail) {
        }

        /** The last group asked (a UPS's alone and its days from the trail ask it twice). */
        private Map.Entry<Set<Long>, Map<LocalDate, OnGroup>> lastGroup;

        /** Per day, the whole allocation of the equipment with a cord on any of {@code pdus} then. */
        private Map<LocalDate, OnGroup> onGroup(Collection<Long> pdus) {
            Set<Long> of = new HashSet<>(pdus);
            if (lastGroup != null && lastGroup.getKey().equals(of)) {
                return lastGroup.getValue();
            }
            // only the spans of equipment that was ever plugged into the group matter
            Set<Long> ever = new HashSet<>();
            spans.stream().filter(s -> of.contains(s.pduAssetId())).forEach(s -> ever.add(s.deviceAssetId()));
            List<PowerConnectionHistory.Span> theirs = spans.stream().filter(s -> ever.contains(s.deviceAssetId())).toList();
            Map<LocalDate, OnGroup> out = new HashMap<>();
            for (Day d : days) {
                Set<Long> devices = new HashSet<>();
                for (PowerConnectionHistory.Span s : theirs) {
                    if (of.contains(s.pduAssetId()) && s.openAt(d.at())) {
                        devices.add(s.deviceAssetId());
                    }
                }
                int w = 0;
                boolean trail = false;
                for (PowerConnectionHistory.Span s : theirs) {
                    if (devices.contains(s.deviceAssetId()) && s.openAt(d.at())) {
                        w += s.allocatedW();
                        trail |= s.fromTrail();
                    }
                }
                out.put(d.day(), new OnGroup(w, trail));
            }
            lastGroup = Map.entry(of, out);
            return out;
        }
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
