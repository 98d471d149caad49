package vn.dcim.core.report;

import vn.dcim.core.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of Art. 7.2 / 18.1: a quarter ("2026-Q3") or a year ("2026"), in Vietnam's time zone. */
public record ReportPeriod(String code, int year, int quarter, LocalDate first, LocalDate endExclusive) {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-Q([1-4]))?$");

    public static ReportPeriod parse(String code) {
        Matcher m = code == null ? null : FORMAT.matcher(code.trim().toUpperCase());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("period", "period is a year (2026) or a quarter (2026-Q3)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new ReportPeriod(m.group(1), year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        int q = Integer.parseInt(m.group(2));
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new ReportPeriod(year + "-Q" + q, year, q, first, first.plusMonths(3));
    }

    public boolean quarterly() {
        return quarter > 0;
    }

    /** The period of the same length that follows, for the expiries to plan. */
    public ReportPeriod next() {
        return quarterly() ? parse(quarter == 4 ? (year + 1) + "-Q1" : year + "-Q" + (quarter + 1)) : parse(String.valueOf(year + 1));
    }

    public Instant start() {
        return first.atStartOfDay(ZONE).toInstant();
    }

    public Instant end() {
        return endExclusive.atStartOfDay(ZONE).toInstant();
    }

    public LocalDate last() {
        return endExclusive.minusDays(1);
    }
}
