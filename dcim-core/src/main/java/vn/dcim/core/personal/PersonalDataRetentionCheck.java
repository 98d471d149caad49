package vn.dcim.core.personal;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import java.time.Duration;
import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/**
 * Law 91/2025/QH15: personal data is kept no longer than its purpose. Judged on the data, not on the settings: a
 * face picture older than its days, or an access event older than the access log's, that no legal hold keeps, means
 * the purge did not run or something was kept by hand. A day's grace covers the nightly run.
 */
@Singleton
@CheckKey("personal-data-retention")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonalDataRetentionCheck implements ComplianceCheck {
    static final Duration GRACE = Duration.ofDays(1);

    private final RetentionPolicy policy;
    private final FacePictures pictures;
    private final AccessLog accessLog;
    private final LegalHolds holds;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Evidence screen = Evidence.link("compliance.ev.personal-data", "personal data", "/ui/personal-data");
        LegalHolds.Kept kept = holds.kept();
        Instant pictureCutoff = now.minus(Duration.ofDays(policy.pictureDays())).minus(GRACE);
        Instant logCutoff = now.minus(Duration.ofDays(policy.accessLogDays())).minus(GRACE);
        long stalePictures = pictures.countBefore(pictureCutoff, kept.names(), kept.badges());
        long staleEvents = accessLog.countBefore(logCutoff, kept.names(), kept.badges());
        boolean holdsUp = stalePictures == 0 && staleEvents == 0;
        return Judgement.of(holdsUp, holdsUp
                ? said("compliance.s.personal-data-retention.ok", "face pictures kept {0} days, the access log {1} days: nothing older is held ({2} legal hold(s) in force)",
                        policy.pictureDays(), policy.accessLogDays(), kept.holds().size())
                : said("compliance.s.personal-data-retention.bad", "held past their retention: {0} face picture(s) older than {1} days, {2} access event(s) older than {3} days",
                        stalePictures, policy.pictureDays(), staleEvents, policy.accessLogDays()), screen);
    }
}
