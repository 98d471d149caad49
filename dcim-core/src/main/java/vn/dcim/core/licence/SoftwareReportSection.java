package vn.dcim.core.licence;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The software part of the equipment report: software assets registered by the period's end by risk
 * class (Art. 10.2: the highest of confidentiality, integrity, availability), and the licences
 * ending in the next period (Art. 21.1e).
 */
@Singleton
@Order(10)
class SoftwareReportSection implements ReportSection {

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) throws SQLException {
        Map<RiskLevel, int[]> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel r : RiskLevel.values()) {
            counts.put(r, new int[2]);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT confidentiality, integrity, availability, licence_information "
                + "FROM software_asset WHERE created_at < ?")) {
            ps.setTimestamp(1, Timestamp.valueOf(period.end().atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RiskLevel risk = RiskLevel.highest(RiskLevel.valueOf(rs.getString(1)), RiskLevel.valueOf(rs.getString(2)),
                            RiskLevel.valueOf(rs.getString(3)));
                    counts.get(risk)[0]++;
                    String licence = rs.getString(4);
                    if (licence == null || licence.isBlank()) {
                        counts.get(risk)[1]++;
                    }
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int total = 0;
        int unlicensed = 0;
        for (RiskLevel r : new RiskLevel[]{RiskLevel.high, RiskLevel.medium, RiskLevel.low}) {
            rows.add(List.of(l.get("risk." + r), counts.get(r)[0], counts.get(r)[1]));
            total += counts.get(r)[0];
            unlicensed += counts.get(r)[1];
        }
        rows.add(List.of(l.get("total"), total, unlicensed));
        return new Report.Section(l.get("section.software"), l.columns("risk", "software", "noLicence"), rows).sheet(l.get("sheet.software"));
    }

    @Override
    public List<List<Object>> expiries(Connection c, ReportPeriod next, ReportLabels l) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, version, licence_expiry FROM software_asset "
                + "WHERE licence_expiry >= ? AND licence_expiry < ? ORDER BY licence_expiry, name")) {
            ps.setObject(1, next.start());
            ps.setObject(2, next.end());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(l.get("expiry.licence"), "", rs.getString(1) + " " + rs.getString(2), l.get("kind.software"),
                            rs.getObject(3, LocalDate.class)));
                }
            }
        }
        return rows;
    }
}
