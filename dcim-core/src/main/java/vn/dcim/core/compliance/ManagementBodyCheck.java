package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.notification.RecipientRepository;

import static vn.dcim.core.compliance.Said.said;

import java.time.Instant;

@Singleton
@CheckKey("management-body-recipients")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ManagementBodyCheck implements ComplianceCheck {
    private final RecipientRepository recipients;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int body = recipients.findByRoleAndEnabled(RecipientRole.management_body, true).size();
        int committee = recipients.findByRoleAndEnabled(RecipientRole.people_committee, true).size();
        // Art. 13.2b-c: serious incidents go to the management body at once, especially serious ones also to the People's Committee
        return Judgement.of(body > 0 && committee > 0, said("compliance.s.management-body", "{0} management-body and {1} People’s Committee recipient(s) configured", body, committee), Evidence.link("compliance.ev.recipients", "recipients", "/ui/recipients"));
    }
}
