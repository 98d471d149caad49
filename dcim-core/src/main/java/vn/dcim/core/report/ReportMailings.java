package vn.dcim.core.report;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.quartz.CronExpression;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.text.ColumnText;

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

    private final ReportMailingRepository mailings;
    private final AuditLog audit;
    private final Clock clock;

    public List<ReportMailing> all() {
        return mailings.listOrderById().stream().map(ReportMailingRow::mailing).toList();
    }

    public ReportMailing find(long id) {
        return mailings.findById(id).map(ReportMailingRow::mailing).orElseThrow(() -> new NotFoundException("Report mailing", id));
    }

    public ReportMailing create(ReportMailing.Settings s, String by) {
        valid(s);
        Instant now = clock.instant();
        long id = mailings.save(new ReportMailingRow(null, s.report(), s.format(), s.lang(), String.join(",", s.recipients()),
                s.cron().trim(), s.enabled(), next(s.cron(), now), null, null, by, now)).id();
        ReportMailing made = find(id);
        audit.record(by, "report_mailing", id, "create", null, made);
        return made;
    }

    public ReportMailing update(long id, ReportMailing.Settings s, String by) {
        ReportMailing before = find(id);
        valid(s);
        mailings.change(id, s.report().name(), s.format(), s.lang(), String.join(",", s.recipients()), s.cron().trim(), s.enabled(),
                next(s.cron(), clock.instant()));
        ReportMailing after = find(id);
        audit.record(by, "report_mailing", id, "update", before, after);
        return after;
    }

    public void delete(long id, String by) {
        ReportMailing before = find(id);
        mailings.deleteById(id);
        audit.record(by, "report_mailing", id, "delete", before, null);
    }

    /** The enabled mailings whose time has come at {@code now}. */
    public List<ReportMailing> due(Instant now) {
        return mailings.due(now).stream().map(ReportMailingRow::mailing).toList();
    }

    /**
     * Claims the due run of {@code m}: moves it to its next time after {@code now}. False when another instance
     * claimed it first (the run is then theirs).
     */
    public boolean claim(ReportMailing m, Instant now) {
        return mailings.claim(m.id(), m.nextRunAt(), now, next(m.cron(), now)) == 1;
    }

    public void ran(long id, String outcome) {
        mailings.ran(id, ColumnText.fit(outcome, 1000));
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
}
