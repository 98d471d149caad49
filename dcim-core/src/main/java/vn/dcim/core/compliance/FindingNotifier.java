package vn.dcim.core.compliance;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceFinding;
import vn.dcim.core.compliance.ComplianceFindingChanged;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.notification.RecipientRole;

import java.util.EnumSet;

/**
 * Tells the supervisor and the head of the center (leader) when a compliance finding appears or is
 * resolved: findings are work for them, not alarms for the operator on shift.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FindingNotifier {
    private final Notifications notifications;

    @EventListener
    void onFinding(ComplianceFindingChanged event) {
        ComplianceFinding f = event.finding();
        String what = event.raised() ? "Phát hiện tuân thủ mới / New compliance finding" : "Phát hiện tuân thủ đã khắc phục / Compliance finding resolved";
        String subject = "[DCIM][" + f.article() + "] " + what + ": " + f.id();
        String body = String.join("\n",
                what,
                "Yêu cầu / Requirement: " + f.id() + " (" + f.article() + ")",
                "Trạng thái / State: " + f.state(),
                "Nội dung / Summary: " + f.summary(),
                "Xem / Open: /ui/compliance");
        notifications.tell(EnumSet.of(RecipientRole.supervisor, RecipientRole.leader), subject, body, null);
    }
}
