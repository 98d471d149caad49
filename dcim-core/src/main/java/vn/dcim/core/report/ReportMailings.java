package vn.dcim.core.report;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.quartz.CronExpression;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.text.ColumnText;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * The schedules of report e-mails, kept by a supervisor or the administrator: each has its
 * own cron in the center's zone; the report-mailings duty sends those that are due ({@link #due}) and moves
 * each to its next time ({@link #ran}), claiming it so that two instances never send one run twice.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportMailings {
    public static final Set<String> FORMATS = Set.of("pdf", "xlsx");
    public static final Set<String> LANGS = Set.of("vi", "en");
    static final int MOST_RECIPIENTS = 20;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final String COLUMNS = "id, report, format, lang, recipients, cron, enabled, next_run_at, last_run_at, last_outcome, created_by, created_at";

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public List<ReportMailing> all() {
        return jdbc.list("read the report mailings", "SELECT " + COLUMNS + " FROM report_mailing ORDER BY id", ReportMailings::row);
    }

    public ReportMailing find(long id) {
        return jdbc.list("read a report mailing", "SELECT " + COLUMNS + " FROM report_mailing WHERE id = ?", ReportMailings::row, id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Report mailing", id));
    }

    public ReportMailing create(ReportMailing.Settings s, String by) {
        valid(s);
        Instant now = clock.instant();
        long id = jdbc.inTransaction("add a report mailing", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_mailing (report, format, lang, recipients, cron, enabled, next_run_at, "
                    + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, s.report().name(), s.format(), s.lang(), String.join(",", s.recipients()), s.cron().trim(), s.enabled(),
                        SqlTime.of(next(s.cron(), now)), by, SqlTime.of(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        ReportMailing made = find(id);
        audit.record(by, "report_mailing", id, "create", null, made);
        return made;
    }

    public ReportMailing update(long id, ReportMailing.Settings s, String by) {
        ReportMailing before = find(id);
        valid(s);
        jdbc.update("change a report mailing", "UPDATE report_mailing SET report = ?, format = ?, lang = ?, recipients = ?, cron = ?, enabled = ?, "
                        + "next_run_at = ? WHERE id = ?", s.report().name(), s.format(), s.lang(), String.join(",", s.recipients()), s.cron().trim(),
                s.enabled(), SqlTime.of(next(s.cron(), clock.instant())), id);
        ReportMailing after = find(id);
        audit.record(by, "report_mailing", id, "update", before, after);
        return after;
    }

    public void delete(long id, String by) {
        ReportMailing before = find(id);
        jdbc.update("remove a report mailing", "DELETE FROM report_mailing WHERE id = ?", id);
        audit.record(by, "report_mailing", id, "delete", before, null);
    }

    /** The enabled mailings whose time has come at {@code now}. */
    public List<ReportMailing> due(Instant now) {
        return jdbc.list("read the due report mailings", "SELECT " + COLUMNS + " FROM report_mailing WHERE enabled AND next_run_at <= ? ORDER BY next_run_at, id",
                ReportMailings::row, SqlTime.of(now));
    }

    /**
     * Claims the due run of {@code m}: moves it to its next time after {@code now}. False when another instance
     * claimed it first (the run is then theirs).
     */
    public boolean claim(ReportMailing m, Instant now) {
        return jdbc.update("claim a report mailing", "UPDATE report_mailing SET next_run_at = ?, last_run_at = ? WHERE id = ? AND next_run_at = ?",
                SqlTime.of(next(m.cron(), now)), SqlTime.of(now), m.id(), SqlTime.of(m.nextRunAt())) == 1;
    }

    public void ran(long id, String outcome) {
        jdbc.update("record a report mailing's outcome", "UPDATE report_mailing SET last_outcome = ? WHERE id = ?",
                ColumnText.fit(outcome, 1000), id);
    }

    private Instant next(String cron, Instant after) {
        try {
            CronExpression e = new CronExpression(cron.trim());
            e.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
            Date next = e.getNextValidTimeAfter(Date.from(after));
            if (next == null) {
                throw new InvalidInputException("cron", "the cron never fires again: " + cron).explained("error.schedule.cron", cron);
            }
            return next.toInstant();
        } catch (ParseException e) {
            throw new InvalidInputException("cron", "Not a valid Quartz cron expression: " + cron).explained("error.schedule.cron", cron);
        }
    }

    private static void valid(ReportMailing.Settings s) {
        if (s.report() == null) {
            throw new InvalidInputException("report", "report is one of " + Arrays.toString(MailedReport.values())).explained("error.mailing.report");
        }
        if (!FORMATS.contains(s.format())) {
            throw new InvalidInputException("format", "format is pdf or xlsx").explained("error.mailing.format");
        }
        if (!LANGS.contains(s.lang())) {
            throw new InvalidInputException("lang", "lang is vi or en").explained("error.report.lang");
        }
        if (s.recipients() == null || s.recipients().isEmpty() || s.recipients().size() > MOST_RECIPIENTS) {
            throw new InvalidInputException("recipients", "1 to " + MOST_RECIPIENTS + " e-mail addresses").explained("error.mailing.recipients", MOST_RECIPIENTS);
        }
        for (String a : s.recipients()) {
            if (a == null || !ADDRESS.matcher(a.trim()).matches()) {
                throw new InvalidInputException("recipients", "not an e-mail address: " + a).explained("error.mailing.address", String.valueOf(a));
            }
        }
        if (s.cron() == null || s.cron().isBlank() || s.cron().length() > 120) {
            throw new InvalidInputException("cron", "a Quartz cron expression is required").explained("error.schedule.cron", String.valueOf(s.cron()));
        }
    }

    private static ReportMailing row(ResultSet rs) throws SQLException {
        return new ReportMailing(rs.getLong(1), MailedReport.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                Arrays.stream(rs.getString(5).split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList(), rs.getString(6), rs.getBoolean(7),
                SqlTime.instant(rs, 8), SqlTime.instant(rs, 9), rs.getString(10), rs.getString(11), SqlTime.instant(rs, 12));
    }
}
