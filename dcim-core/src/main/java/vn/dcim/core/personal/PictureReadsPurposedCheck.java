package vn.dcim.core.personal;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;

/**
 * Law 91/2025/QH15: sensitive data (face pictures) is processed for a stated purpose, and each processing can be
 * shown. Every reading is in the audit log (the only way to a picture's bytes writes it first); here the last
 * 90 days' readings must each state why. A reading without a reason is a finding naming who read.
 */
@Singleton
@CheckKey("picture-reads-purposed")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PictureReadsPurposedCheck implements ComplianceCheck {
    static final Duration WINDOW = Duration.ofDays(90);

    private final AuditLog audit;
    private final FacePictures pictures;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Evidence log = Evidence.link("compliance.ev.picture-reads", "picture readings", "/ui/personal-data");
        List<AuditEvent> reads = audit.browse("face_picture", null, null, "read", 1000, 0).events().stream()
                .filter(e -> e.occurredAt().isAfter(now.minus(WINDOW))).toList();
        if (reads.isEmpty()) {
            return pictures.oldest().isEmpty()
                    ? Judgement.noData(said("compliance.s.picture-reads.none", "no face picture is kept"), log)
                    : Judgement.compliant(said("compliance.s.picture-reads.unread", "face pictures kept, none read in the last 90 days"), log);
        }
        List<String> without = reads.stream().filter(e -> e.afterJson() == null || e.afterJson().contains("\"why\":null")
                        || !e.afterJson().contains("\"why\""))
                .map(e -> e.actor() + " #" + e.entityId()).distinct().toList();
        return Judgement.of(without.isEmpty(), without.isEmpty()
                ? said("compliance.s.picture-reads.ok", "{0} reading(s) of face pictures in 90 days, each audited with its reason", reads.size())
                : said("compliance.s.picture-reads.bad", "face pictures read without a stated reason: {0}",
                        String.join(", ", without.size() <= 8 ? without : without.subList(0, 8))), log);
    }
}
