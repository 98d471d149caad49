package vn.dcim.core.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A section another feature adds to the equipment report (e.g. software assets by risk class) and
 * the expiries it knows of for the next period.
 */
public interface ReportSection {
    Report.Section build(Connection c, ReportPeriod period, String lang) throws SQLException;

    /** Rows of (what, label, name, kind, expires) for the expiries section. */
    default List<List<Object>> expiries(Connection c, ReportPeriod next, String lang) throws SQLException {
        return List.of();
    }
}
