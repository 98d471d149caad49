package vn.dcim.core.report;

import vn.dcim.core.error.InvalidInputException;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of Art. 7.2 / 18.1: a quarter ("2026-Q3") or a year ("2026"); {@code end} is exclusive. */
public record ReportPeriod(String label, LocalDate start, LocalDate end) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static ReportPeriod parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
            return new ReportPeriod(t, start, start.plusMonths(3));
        }
        if (YEAR.matcher(t).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(t), 1, 1);
            return new ReportPeriod(t, start, start.plusYears(1));
        }
        throw new InvalidInputException("period", "period is a quarter such as 2026-Q3 or a year such as 2026").explained("error.report.period");
    }

    /** The period as a reader names it: "quý 3/2026", "năm 2026"; in English the label itself. */
    public String shown(String lang) {
        if ("en".equals(lang)) {
            return label;
        }
        return quarter() ? "quý " + ((start.getMonthValue() - 1) / 3 + 1) + "/" + start.getYear() : "năm " + start.getYear();
    }

    public boolean quarter() {
        return label.contains("Q");
    }

    /** The period after this one, of the same length: where expiries are looked for. */
    public ReportPeriod next() {
        return quarter() ? new ReportPeriod(start.plusMonths(3).getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1), end, end.plusMonths(3))
                : new ReportPeriod(String.valueOf(end.getYear()), end, end.plusYears(1));
    }
}
