package vn.dcim.core.agencyreport;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.agency.Holding;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.power.EnergyUsage;
import vn.dcim.core.power.MeterEnergy;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An agency's monthly report (QĐ 11/2023 Điều 17.3: the agency administers its own equipment, so it is told what
 * the centre saw of it): what it owns, the energy its equipment drew, the incidents and alarms that touched it and
 * the changes made to its equipment, in the centre's month. Rendered like the quarterly report (XLSX, PDF).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyReports {
    /** Changes, alarms and incidents listed per piece at most: a month of a flapping device stays readable. */
    private static final int PER_ITEM = 500;

    private final Agencies agencies;
    private final AgencyEquipment equipment;
    private final ScopedEquipment scoped;
    private final EnergyUsage energy;
    private final PowerChains power;
    private final Incidents incidents;
    private final Alarms alarms;
    private final AuditLog audit;
    private final Clock clock;
    private final vn.dcim.core.change.ChangeFacts changeFacts;
    private final vn.dcim.core.asset.AssetRegistry registry;

    public Report build(long agencyId, YearMonth month, String lang) {
        Agency agency = agencies.get(agencyId);
        ReportLabels l = new ReportLabels(lang);
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Holding> holdings = equipment.of(agencyId);
        Set<String> devices = metered(agencyId, holdings);
        String shownMonth = String.format("%02d/%d", month.getMonthValue(), month.getYear());
        List<Report.Section> sections = List.of(
                owned(l, holdings),
                energy(l, devices, from, to),
                incidents(l, devices, from, to),
                alarms(l, agencyId, from, to),
                changes(l, holdings, from, to),
                requests(l, agencyId, from, to));
        return new Report(l.get("agency.title", agency.code(), shownMonth), l.get("agency.subtitle", agency.name()),
                clock.instant(), zone, sections, l.get("agency.cover"));
    }

    /** The agency's devices, and those feeding its power connections: where its draw is measured. */
    private Set<String> metered(long agencyId, List<Holding> holdings) {
        Set<String> devices = new TreeSet<>(java.util.Optional.ofNullable(scoped.deviceIdsOf(Scope.ofAgency(agencyId))).orElse(Set.of()));
        for (Holding h : holdings) {
            if (h.kind() == EquipmentKind.power_link) {
                power.findLink(Long.parseLong(h.itemId())).map(link -> power.node(link.downstreamId()))
                        .map(PowerNode::deviceId).ifPresent(devices::add);
            }
        }
        return devices;
    }

    private Report.Section owned(ReportLabels l, List<Holding> holdings) {
        List<List<Object>> rows = new ArrayList<>();
        for (Holding h : holdings) {
            rows.add(List.of(l.get("agency.kind." + h.kind()), h.itemId(), h.assignedAt(), h.assignedBy()));
        }
        return new Report.Section(l.get("agency.section.equipment"), l.columns("agencyKind", "agencyItem", "agencyAssigned", "agencyBy"),
                rows, l.get("agency.sheet.equipment"));
    }

    private Report.Section energy(ReportLabels l, Set<String> devices, Instant from, Instant to) {
        List<List<Object>> rows = new ArrayList<>();
        double hours = Duration.between(from, to).toMinutes() / 60.0;
        double total = 0;
        for (String device : devices) {
            MeterEnergy e = energy.ofEquipment(device, from, to);
            if (e == null) {
                rows.add(List.of(device, "", "", "", l.get("agency.energy.no-meter")));
                continue;
            }
            total += e.kwh();
            rows.add(List.of(device, round(e.kwh()), round(e.kwh() / hours), Math.round(e.coverage() * 100) + " %",
                    l.get("agency.energy.method." + e.method())));
        }
        rows.add(List.of(l.get("agency.total"), round(total), round(total / hours), "", ""));
        return new Report.Section(l.get("agency.section.energy"), l.columns("agencyDevice", "agencyKwh", "agencyAvgKw",
                "agencyCoverage", "agencyMethod"), rows, l.get("agency.sheet.energy"));
    }

    /**
     * Every incident that touched its devices, also one that touched the centre's or another agency's: its title, level,
     * state and times, nothing of the others' equipment.
     */
    private Report.Section incidents(ReportLabels l, Set<String> devices, Instant from, Instant to) {
        Map<Long, Incident> touched = new LinkedHashMap<>();
        for (String device : devices) {
            for (Incident i : incidents.ofDevice(device, PER_ITEM)) {
                boolean overlaps = i.openedAt().isBefore(to) && (i.closedAt() == null || !i.closedAt().isBefore(from));
                if (overlaps) {
                    touched.putIfAbsent(i.id(), i);
                }
            }
        }
        List<List<Object>> rows = touched.values().stream().sorted(Comparator.comparing(Incident::openedAt))
                .map(i -> List.<Object>of(i.id(), i.title(), i.level().name(), l.get("incidentStatus." + i.status().name()), i.openedAt(),
                        i.closedAt() == null ? "" : i.closedAt()))
                .toList();
        return new Report.Section(l.get("agency.section.incidents"), l.columns("agencyIncident", "agencyTitle", "agencyLevel",
                "agencyState", "agencyOpened", "agencyClosed"), rows, l.get("agency.sheet.incidents"));
    }

    private Report.Section alarms(ReportLabels l, long agencyId, Instant from, Instant to) {
        Set<String> devices = scoped.deviceIdsOf(Scope.ofAgency(agencyId));
        List<List<Object>> rows = new ArrayList<>();
        if (devices != null && !devices.isEmpty()) {
            for (AlarmView a : alarms.list(AlarmFilter.state(null).within(Set.of(), devices), PER_ITEM * 2, 0)) {
                if (a.raisedAt().isBefore(to) && (a.clearedAt() == null || !a.clearedAt().isBefore(from))) {
                    rows.add(List.of(a.source(), a.severity().name(), a.message(), a.raisedAt(), a.clearedAt() == null ? "" : a.clearedAt()));
                }
            }
        }
        rows.sort(Comparator.comparing(r -> (Instant) r.get(3)));
        return new Report.Section(l.get("agency.section.alarms"), l.columns("agencyDevice", "agencySeverity", "agencyMessage",
                "agencyRaised", "agencyCleared"), rows, l.get("agency.sheet.alarms"));
    }

    /** What was changed on its equipment in the month, from the audit trail (registry edits, moves, assignments). */
    private Report.Section changes(ReportLabels l, List<Holding> holdings, Instant from, Instant to) {
        List<AuditEvent> events = new ArrayList<>();
        for (Holding h : holdings) {
            for (String type : auditTypes(h.kind())) {
                audit.browse(type, h.itemId(), null, null, PER_ITEM, 0).events().stream()
                        .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
                        .forEach(events::add);
            }
        }
        events.sort(Comparator.comparing(AuditEvent::occurredAt));
        List<List<Object>> rows = events.stream()
                .map(e -> List.<Object>of(e.occurredAt(), e.entityType(), e.entityId(), e.action(), e.actor())).toList();
        return new Report.Section(l.get("agency.section.changes"), l.columns("agencyAt", "agencyKind", "agencyItem",
                "agencyAction", "agencyBy"), rows, l.get("agency.sheet.changes"));
    }

    /**
     * Its change requests of the month by kind and outcome, their lead time, and the changes of its equipment made
     * without a request: the requests made for it or about its equipment (QĐ 11/2023 Điều 17 khoản 2).
     */
    private Report.Section requests(ReportLabels l, long agencyId, Instant from, Instant to) {
        Set<Long> assetIds = new java.util.TreeSet<>();
        registry.find(scoped.assetsFilter(vn.dcim.core.scope.Scope.ofAgency(agencyId), vn.dcim.core.asset.AssetFilter.ALL))
                .forEach(a -> assetIds.add(a.id()));
        return vn.dcim.core.change.ChangeReportSection.table(changeFacts.tally(from, to, agencyId, assetIds), l,
                l.get("agency.section.changeRequests"), l.get("agency.sheet.changeRequests"));
    }

    /** The names the registers audit each kind under, and the kind's own (its assignments). */
    private static List<String> auditTypes(EquipmentKind kind) {
        return switch (kind) {
            case asset -> List.of("asset");
            case device -> List.of("monitored_device", "device");
            case rack -> List.of("rack");
            case licence -> List.of("software_asset", "licence");
            case power_link -> List.of("power_link");
            case document -> List.of("document");
        };
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
