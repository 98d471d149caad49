package vn.dcim.core.report;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PersonNames;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.asset.AssetHistory;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.site.Places;
import vn.dcim.core.time.CenterTime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quarterly and yearly equipment report (Art. 7.2, 18.1), computed from the registry's own
 * history so that its figures are those of the registry at the period's end: an asset's status at
 * the end is the last status change before it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EquipmentReports {
    private static final Set<String> IMPORTANT = Set.of("high", "critical");

    private final Jdbc jdbc;
    private final Clock clock;
    private final List<ReportSection> extraSections;
    private final JsonMapper json;
    private final Places places;
    private final PersonNames people;
    private final AuditLog audit;
    private final AssetHistory history;
    private final Incidents incidents;

    public Report build(ReportPeriod period, String lang) {
        ReportLabels l = new ReportLabels(lang);
        ZoneId zone = clock.getZone();
        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().atStartOfDay(zone).toInstant();
        return jdbc.call("build the equipment report", c -> {
            Map<Long, AssetRow> assets = assets(end);
            List<Change> changes = changes();
            Map<Long, AssetStatus> atEnd = statusAt(assets, changes, end);
            List<Report.Section> sections = new ArrayList<>();
            sections.add(byKind(l, assets, atEnd));
            sections.add(byAgency(l, assets, atEnd));
            List<List<Object>> detail = changeList(l, assets, changes, start, end, zone);
            sections.add(changeSummary(l, detail));
            sections.add(new Report.Section(l.get("section.changeList"),
                    l.columns("date", "label", "name", "kind", "change", "from", "to", "reason", "by"), detail).sheet(l.get("sheet.changeList")));
            sections.add(criticalFaults(l, assets, changes, start, end, zone));
            sections.add(incidents(l, start, end, zone));
            sections.add(expiries(c, l, period.next(), lang));
            for (ReportSection extra : extraSections) {
                sections.add(extra.build(c, period, l));
            }
            String subtitle = l.get("subtitle", period.shown(lang), CenterTime.date(period.start()), CenterTime.date(period.end().minusDays(1)));
            return new Report(l.get("title"), subtitle, clock.instant(), clock.getZone(), sections, l.get("sheet.cover"));
        });
    }

    private Report.Section byKind(ReportLabels l, Map<Long, AssetRow> assets, Map<Long, AssetStatus> atEnd) {
        Map<AssetKind, int[]> counts = new EnumMap<>(AssetKind.class);
        atEnd.forEach((id, status) -> counts.computeIfAbsent(assets.get(id).kind(), k -> new int[AssetStatus.values().length])[status.ordinal()]++);
        List<List<Object>> rows = new ArrayList<>();
        int[] total = new int[AssetStatus.values().length];
        counts.forEach((kind, n) -> {
            rows.add(countRow(l.get("kind." + kind), n));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        rows.add(countRow(l.get("total"), total));
        return new Report.Section(l.get("section.byKind"), statusHeaders(l, l.get("col.kind")), rows).sheet(l.get("sheet.byKind"));
    }

    private Report.Section byAgency(ReportLabels l, Map<Long, AssetRow> assets, Map<Long, AssetStatus> atEnd) {
        Map<String, int[]> counts = new TreeMap<>();
        atEnd.forEach((id, status) -> {
            String agency = assets.get(id).agency() == null ? l.get("agency.none") : assets.get(id).agency();
            counts.computeIfAbsent(agency, k -> new int[AssetStatus.values().length])[status.ordinal()]++;
        });
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((agency, n) -> rows.add(countRow(agency, n)));
        return new Report.Section(l.get("section.byAgency"), statusHeaders(l, l.get("col.agency")), rows).sheet(l.get("sheet.byAgency"));
    }

    private static List<String> statusHeaders(ReportLabels l, String first) {
        List<String> headers = new ArrayList<>(List.of(first));
        for (AssetStatus s : AssetStatus.values()) {
            headers.add(l.get("status." + s));
        }
        headers.add(l.get("col.total"));
        return headers;
    }

    private static List<Object> countRow(String label, int[] n) {
        List<Object> row = new ArrayList<>(List.of(label));
        int total = 0;
        for (int v : n) {
            row.add(v);
            total += v;
        }
        row.add(total);
        return row;
    }

    /** What happened to which asset during the period, oldest first; the summary counts these rows. */
    private List<List<Object>> changeList(ReportLabels l, Map<Long, AssetRow> assets, List<Change> changes,
                                          Instant start, Instant end, ZoneId zone) {
        List<Object[]> events = new ArrayList<>();
        PersonNames.Lookup people = this.people.lookup();
        for (AssetRow a : assets.values()) {
            if (!a.createdAt().isBefore(start) && a.createdAt().isBefore(end)) {
                // the registration is the asset's first status change: who made it is who registered the asset
                events.add(new Object[]{a.createdAt(), a, "added", "", l.get("status." + a.initialStatus(changes)), "", a.registrar(changes)});
            }
        }
        for (Change ch : changes) {
            AssetRow a = assets.get(ch.assetId());
            String kind = kindOf(ch);
            if (a != null && kind != null && !ch.at().isBefore(start) && ch.at().isBefore(end)) {
                events.add(new Object[]{ch.at(), a, kind, l.get("status." + ch.from()), l.get("status." + ch.to()), ch.reason(), ch.by()});
            }
        }
        Places.Lookup places = this.places.lookup();
        for (Move m : moves(start, end, places)) {
            AssetRow a = assets.get(m.assetId());
            if (a != null) {
                events.add(new Object[]{m.at(), a, "moved", m.from(), m.to(), "", m.by()});
            }
        }
        events.sort((x, y) -> ((Instant) x[0]).compareTo((Instant) y[0]));
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] e : events) {
            AssetRow a = (AssetRow) e[1];
            rows.add(List.of(LocalDate.ofInstant((Instant) e[0], zone), nz(a.label()), a.name(), l.get("kind." + a.kind()),
                    l.get("change." + e[2]), nz(e[3]), nz(e[4]), nz(e[5]), people.of((String) e[6])));
        }
        return rows;
    }

    private static Report.Section changeSummary(ReportLabels l, List<List<Object>> detail) {
        List<List<Object>> rows = new ArrayList<>();
        for (String kind : List.of("added", "moved", "repaired", "failed", "awaiting_disposal", "disposed")) {
            String label = l.get("change." + kind);
            rows.add(List.of(label, (int) detail.stream().filter(r -> r.get(4).equals(label)).count()));
        }
        return new Report.Section(l.get("section.changes"), l.columns("change", "count"), rows).sheet(l.get("sheet.changes"));
    }

    /** The change a status transition means for the report, or null when it is none of those counted. */
    private static String kindOf(Change ch) {
        if (ch.from() == null) {
            return null;
        }
        return switch (ch.to()) {
            case faulty -> "failed";
            case awaiting_disposal -> "awaiting_disposal";
            case disposed -> "disposed";
            case in_service -> ch.from() == AssetStatus.faulty || ch.from() == AssetStatus.under_repair ? "repaired" : null;
            default -> null;
        };
    }

    private Report.Section criticalFaults(ReportLabels l, Map<Long, AssetRow> assets, List<Change> changes, Instant start,
                                          Instant end, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        for (Change ch : changes) {
            AssetRow a = assets.get(ch.assetId());
            if (a != null && ch.to() == AssetStatus.faulty && IMPORTANT.contains(a.criticality())
                    && !ch.at().isBefore(start) && ch.at().isBefore(end)) {
                rows.add(List.of(LocalDate.ofInstant(ch.at(), zone), nz(a.label()), a.name(), l.get("kind." + a.kind()),
                        l.get("criticality." + a.criticality()), nz(ch.reason())));
            }
        }
        return new Report.Section(l.get("section.criticalFaults"),
                l.columns("date", "label", "name", "kind", "criticality", "reason"), rows).sheet(l.get("sheet.criticalFaults"));
    }

    private Report.Section incidents(ReportLabels l, Instant start, Instant end, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        for (Incident i : incidents.openedIn(start, end)) {
            // Art. 13.2: the level and the handling status in the report's language, never their codes
            rows.add(List.of(LocalDate.ofInstant(i.openedAt(), zone), "#" + i.id(), i.title(), l.get("level." + i.level().name()),
                    l.get("incidentStatus." + i.status().name()), nz(i.rootCause())));
        }
        return new Report.Section(l.get("section.incidents"), l.columns("date", "incident", "name", "level", "status", "reason"), rows)
                .sheet(l.get("sheet.incidents"));
    }

    private Report.Section expiries(Connection c, ReportLabels l, ReportPeriod next, String lang) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (AssetHistory.WarrantyEnding w : history.warrantiesEnding(next.start(), next.end())) {
            rows.add(List.of(l.get("expiry.warranty"), nz(w.labelCode()), w.name(), l.get("kind." + w.kind().name()), w.end()));
        }
        for (ReportSection extra : extraSections) {
            rows.addAll(extra.expiries(c, next, l));
        }
        return new Report.Section(l.get("section.expiries", next.shown(lang)), l.columns("what", "label", "name", "kind", "expires"), rows)
                .sheet(l.get("sheet.expiries"));
    }

    private Map<Long, AssetRow> assets(Instant end) {
        Map<Long, AssetRow> out = new HashMap<>();
        for (AssetHistory.Registered a : history.registeredBefore(end)) {
            out.put(a.id(), new AssetRow(a.id(), a.kind(), a.name(), a.labelCode(), a.owningAgency(), a.criticality(), a.status(), a.createdAt()));
        }
        return out;
    }

    private List<Change> changes() {
        return history.statusChanges().stream()
                .map(ch -> new Change(ch.assetId(), ch.fromStatus(), ch.toStatus(), ch.changedAt(), ch.reason(), ch.changedBy())).toList();
    }

    /** Moves recorded in the audit log (action "move") with the location before and after. */
    private List<Move> moves(Instant start, Instant end, Places.Lookup places) {
        return audit.actions("asset", "move", start, end).stream()
                .map(e -> new Move(Long.parseLong(e.entityId()), e.occurredAt(), e.actor(),
                        location(e.beforeJson(), places), location(e.afterJson(), places)))
                .toList();
    }

    /** Where an audited asset snapshot stood, by name: "TTTHDL Lào Cai › Phòng máy chủ › R07 › U12". */
    private String location(String snapshot, Places.Lookup places) {
        if (snapshot == null) {
            return "";
        }
        try {
            Map<?, ?> a = json.readValue(snapshot, Map.class);
            return places.of(a.get("siteId") == null ? null : a.get("siteId").toString(), longOf(a.get("roomId")),
                    longOf(a.get("rackId")), a.get("positionU") == null ? null : (int) (long) longOf(a.get("positionU")));
        } catch (java.io.IOException | NumberFormatException e) {
            return "";
        }
    }

    private static Long longOf(Object v) {
        return v == null ? null : v instanceof Number n ? n.longValue() : Long.valueOf(v.toString());
    }

    /** Status at {@code end}: the last change before it; an asset with no recorded change keeps its current status. */
    private static Map<Long, AssetStatus> statusAt(Map<Long, AssetRow> assets, List<Change> changes, Instant end) {
        Map<Long, AssetStatus> at = new HashMap<>();
        Map<Long, AssetStatus> firstAfter = new HashMap<>();
        for (Change ch : changes) {
            if (!assets.containsKey(ch.assetId())) {
                continue;
            }
            if (ch.at().isBefore(end)) {
                at.put(ch.assetId(), ch.to());
            } else if (ch.from() != null) {
                firstAfter.putIfAbsent(ch.assetId(), ch.from());
            }
        }
        for (AssetRow a : assets.values()) {
            at.computeIfAbsent(a.id(), id -> firstAfter.getOrDefault(id, a.status()));
        }
        return at;
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    record AssetRow(long id, AssetKind kind, String name, String label, String agency, String criticality, AssetStatus status,
                    Instant createdAt) {

        AssetStatus initialStatus(List<Change> changes) {
            return changes.stream().filter(c -> c.assetId() == id).findFirst().map(c -> c.from() == null ? c.to() : c.from()).orElse(status);
        }

        /** Who registered the asset: the author of its first status change (null: a registry older than its history). */
        String registrar(List<Change> changes) {
            return changes.stream().filter(c -> c.assetId() == id).findFirst().filter(c -> c.from() == null).map(Change::by).orElse(null);
        }
    }

    record Change(long assetId, AssetStatus from, AssetStatus to, Instant at, String reason, String by) {
    }

    record Move(long assetId, Instant at, String by, String from, String to) {
    }
}
