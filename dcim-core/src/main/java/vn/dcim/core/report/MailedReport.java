package vn.dcim.core.report;

import java.time.LocalDate;

/**
 * The reports a mailing can send, each the last full period before the day it is sent:
 * the equipment report of the last quarter (Art. 7.2) or of the last year (Art. 7.2, 18.1).
 */
public enum MailedReport {
    equipment_quarter, equipment_year;

    /** The period this report covers when sent on {@code today} (center's day). */
    public ReportPeriod periodBefore(LocalDate today) {
        if (this == equipment_year) {
            return ReportPeriod.parse(String.valueOf(today.getYear() - 1));
        }
        LocalDate last = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1);
        return ReportPeriod.parse(last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1));
    }
}
