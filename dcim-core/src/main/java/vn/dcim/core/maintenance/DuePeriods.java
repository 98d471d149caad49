package vn.dcim.core.maintenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a plan falls due: on the 15th of the last month of each interval within the year (monthly:
 * every month; quarterly: Mar, Jun, Sep, Dec; half-yearly: Jun, Dec; yearly: December).
 */
final class DuePeriods {
    static final int DAY = 15;

    private DuePeriods() {
    }

    static List<LocalDate> between(int everyMonths, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate d = from.withDayOfMonth(1);
        while (!d.isAfter(to)) {
            if ((d.getMonthValue() - 1) % everyMonths == everyMonths - 1) {
                LocalDate due = d.withDayOfMonth(DAY);
                if (!due.isBefore(from) && !due.isAfter(to)) {
                    out.add(due);
                }
            }
            d = d.plusMonths(1);
        }
        return out;
    }
}
