package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.notification.Notification;
import vn.dcim.core.notification.Notifications;

import static vn.dcim.core.compliance.Said.said;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 7.2 (quarterly and yearly) and 18.1 (yearly): the equipment report of the last full period was
 * not only written but SENT: a notification carrying it was delivered to a recipient. A file alone
 * is not a report to the management body.
 */
@Singleton
class ReportSentCheck extends KeyedCheck {
    private final Notifications notifications;
    private final Clock clock;
    private final boolean yearly;

    @jakarta.inject.Inject
    ReportSentCheck(Notifications notifications, Clock clock) {
        this(notifications, clock, false);
    }

    ReportSentCheck(Notifications notifications, Clock clock, boolean yearly) {
        super(yearly ? "yearly-report-sent" : "equipment-report-sent");
        this.notifications = notifications;
        this.clock = clock;
        this.yearly = yearly;
    }

    /** The label of the last full quarter (2026-Q3) or year (2025) before {@code now}. */
    String lastPeriod(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (yearly) {
            return String.valueOf(today.getYear() - 1);
        }
        LocalDate last = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1);
        return last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        if (!yearly && profile.whole("report-quarterly") == 0) {
            return Judgement.compliant(said("compliance.s.report.yearly-only", "the profile {0} asks for a yearly report only ({1})", profile.id(), profile.citation("report-quarterly")),
                    Evidence.link("compliance.ev.notifications", "notifications", "/ui/compliance/records/notifications"));
        }
        String period = lastPeriod(now);
        List<Notification> sent = notifications.withAttachment("bao-cao-thiet-bi-" + period + ".");
        Evidence reports = Evidence.link("compliance.ev.report", "report {0}", "/ui/reports?period=" + period, period);
        Evidence outbox = Evidence.link("compliance.ev.notifications", "notifications", "/ui/compliance/records/notifications");
        if (sent.isEmpty()) {
            return Judgement.nonCompliant(said("compliance.s.report.unsent", "the report of {0} was not sent to anyone (duty equipment-reports; recipients: management body, leader)", period),
                    reports, outbox);
        }
        List<String> delivered = sent.stream().filter(s -> s.deliveredAt() != null).map(Notification::address).toList();
        return Judgement.of(!delivered.isEmpty(), delivered.isEmpty() ? said("compliance.s.report.queued", "the report of {0} is queued to {1} recipient(s) but not delivered", period, sent.size())
                : said("compliance.s.report.delivered", "the report of {0} was delivered to {1}", period, CheckText.list(delivered)), reports, outbox);
    }

    @Singleton
    static class Yearly extends ReportSentCheck {
        Yearly(Notifications notifications, Clock clock) {
            super(notifications, clock, true);
        }
    }
}
