package vn.dcim.core.compliance;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.notification.RecipientRole;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Tells the supervisor and the head of the center (leader) when a compliance finding appears or is
 * resolved: findings are work for them, not alarms for the operator on shift. A centre's finding goes to those who
 * answer for that centre and for the whole province ({@link FindingRecipients}), naming the centre.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FindingNotifier {
    private final Notifications notifications;
    private final FindingRecipients recipients;
    private final Centres centres;

    @EventListener
    void onFinding(ComplianceFindingChanged event) {
        ComplianceFinding f = event.finding();
        Optional<Centre> centre = event.centreId() == null ? Optional.empty() : centres.find(event.centreId());
        String what = event.raised() ? "Phát hiện tuân thủ mới / New compliance finding" : "Phát hiện tuân thủ đã khắc phục / Compliance finding resolved";
        String subject = "[DCIM][" + f.article() + "]" + centre.map(c -> "[" + c.name() + "]").orElse("") + " " + what + ": " + f.id();
        String body = String.join("\n",
                what,
                "Trung tâm / Centre: " + centre.map(c -> c.name() + " (" + c.province() + ")").orElse("toàn tỉnh / the whole province"),
                "Yêu cầu / Requirement: " + f.id() + " (" + f.article() + ")",
                "Trạng thái / State: " + f.state(),
                "Nội dung / Summary: " + f.summary(),
                "Xem / Open: /ui/compliance" + centre.map(c -> "?centre=" + c.id()).orElse(""));
        notifications.tell(EnumSet.of(RecipientRole.supervisor, RecipientRole.leader), r -> recipients.told(r, event), subject, body, null);
    }
}
