package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Channel;
import vn.dcim.core.notification.Notification;
import vn.dcim.core.notification.NotificationRepository;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.notification.RecipientRepository;
import vn.dcim.core.notification.SmtpSettings;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Singleton
@CheckKey("email-notification")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EmailNotificationCheck implements ComplianceCheck {
    private final RecipientRepository recipients;
    private final NotificationRepository outbox;
    private final SmtpSettings smtp;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        long operators = recipients.findByRoleAndEnabled(RecipientRole.operator, true).stream()
                .filter(r -> r.channel() == Channel.email).count();
        List<Notification> stuck = outbox.findByDeliveredAtIsNullAndCreatedAtLessThan(now.minus(Duration.ofHours(1)));
        boolean configured = smtp.host() != null && !smtp.host().isBlank();
        return Judgement.of(configured && operators > 0 && stuck.isEmpty(),
                configured ? said("compliance.s.email-notification.smtp", "SMTP {0}; {1} operator e-mail recipient(s); {2} notification(s) undelivered for over an hour",
                        smtp.host(), operators, stuck.size())
                        : said("compliance.s.email-notification.no-smtp", "no SMTP server configured; {0} operator e-mail recipient(s); "
                        + "{1} notification(s) undelivered for over an hour", operators, stuck.size()),
                Evidence.link("compliance.ev.recipients", "recipients", "/ui/recipients"), Evidence.link("compliance.ev.notifications", "notifications", "/ui/compliance/records/notifications"));
    }
}
