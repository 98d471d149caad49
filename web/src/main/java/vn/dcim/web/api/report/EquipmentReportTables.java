package vn.dcim.web.api.report;

import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.report.EquipmentReport;
import vn.dcim.core.report.EquipmentReports;
import vn.dcim.core.report.ReportPeriod;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** Lays the equipment report out as titled tables with headings in the chosen language (Vietnamese by default). */
final class EquipmentReportTables {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ResourceBundle text;

    EquipmentReportTables(Locale locale) {
        this.text = ResourceBundle.getBundle("i18n.report", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String t(String key) {
        return text.getString(key);
    }

    String heading(ReportPeriod p) {
        String period = p.quarterly() ? MessageFormat.format(t("period.quarter"), p.quarter(), String.valueOf(p.year()))
                : MessageFormat.format(t("period.year"), String.valueOf(p.year()));
        return t("title") + " – " + period + " (" + MessageFormat.format(t("atEnd"), DAY.format(p.last())) + ")";
    }

    List<ReportTable> tables(EquipmentReport r) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counts(t("sheet.byKind"), t("col.kind"), label(r.byKind(), AssetKind.values(), "kind."), r.total()));
        List<List<Object>> statuses = new ArrayList<>();
        for (AssetStatus s : AssetStatus.values()) {
            statuses.add(List.of(t("status." + s.name()), r.byStatus().getOrDefault(s, 0L)));
        }
        tables.add(new ReportTable(t("sheet.byStatus"), List.of(t("col.status"), t("col.count")), statuses));
        List<List<Object>> agencies = new ArrayList<>();
        r.byAgency().forEach((agency, n) -> agencies.add(List.of(
                EquipmentReports.OWN.equals(agency) ? t("own") : agency, n)));
        agencies.add(List.of(t("total"), r.total()));
        tables.add(new ReportTable(t("sheet.byAgency"), List.of(t("col.agency"), t("col.count")), agencies));
        List<List<Object>> movements = new ArrayList<>();
        r.movements().forEach((m, n) -> movements.add(List.of(t("movement." + m.name()), n)));
        tables.add(new ReportTable(t("sheet.movements"), List.of(t("col.movement"), t("col.count")), movements));
        tables.add(new ReportTable(t("sheet.faults"),
                List.of(t("col.label"), t("col.name"), t("col.at"), t("col.reason")),
                r.criticalFaults().stream().<List<Object>>map(f -> List.of(nz(f.labelCode()), f.name(),
                        TIME.format(f.at().atZone(ReportPeriod.ZONE)), nz(f.reason()))).toList()));
        tables.add(new ReportTable(t("sheet.expiries"),
                List.of(t("col.what"), t("col.label"), t("col.name"), t("col.on")),
                r.expiries().stream().<List<Object>>map(e -> List.of(t("what." + e.what()), nz(e.code()), e.name(),
                        DAY.format(e.on()))).toList()));
        List<List<Object>> risks = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            risks.add(List.of(t("risk." + level.name()), r.softwareByRisk().getOrDefault(level, 0L)));
        }
        tables.add(new ReportTable(t("sheet.software"), List.of(t("col.risk"), t("col.count")), risks));
        return tables;
    }

    private <E extends Enum<E>> List<List<Object>> label(Map<E, Long> counts, E[] order, String prefix) {
        List<List<Object>> rows = new ArrayList<>();
        for (E e : order) {
            if (counts.containsKey(e)) {
                rows.add(List.of(t(prefix + e.name()), counts.get(e)));
            }
        }
        return rows;
    }

    private ReportTable counts(String title, String column, List<List<Object>> rows, long total) {
        List<List<Object>> all = new ArrayList<>(rows);
        all.add(List.of(t("total"), total));
        return new ReportTable(title, List.of(column, t("col.count")), all);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
