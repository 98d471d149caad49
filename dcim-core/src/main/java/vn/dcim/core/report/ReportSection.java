package vn.dcim.core.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A section another feature adds to the equipment report (e.g. software assets by risk class) and
 * the expiries it knows of for the next period.
 */
public interface ReportSection {
    /** The section told with the report's labels, so one report reads its language's headings once for all its sections. */
    Report.Section build(Connection c, ReportPeriod period, ReportLabels l) throws SQLException;

    /** The section on its own, in {@code lang}. */
    default Report.Section build(Connection c, ReportPeriod period, String lang) throws SQLException {
        return build(c, period, new ReportLabels(lang));
    }

    /** Rows of (what, label, name, kind, expires) for the expiries section. */
    default List<List<Object>> expiries(Connection c, ReportPeriod next, ReportLabels l) throws SQLException {
        return List.of();
    }
}
