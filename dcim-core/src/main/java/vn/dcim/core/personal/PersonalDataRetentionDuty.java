package vn.dcim.core.personal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.people.People;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nightly, personal data past its retention goes (Law 91/2025/QH15: kept no longer than its purpose): face pictures
 * after their days, the access log after its own (never fewer than six months, QĐ 11/2023 Điều 30 khoản 7 điểm a),
 * the records of people under a legal hold excepted. Each run is counted in its outcome and written in the audit
 * log; a setting moved to the law's bound makes the run a warning.
 */
@DutyPlan(id = "personal-data-retention", cron = "0 40 2 * * ?",
        description = "Law 91/2025/QH15; QĐ 11/2023 Điều 30 khoản 7 điểm a, Điều 6 khoản 5 (Art. 30.7a, 6.5): face pictures kept {0}"
                + " days, the access log {1} days (at least 6 months), then erased unless under a legal hold")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalDataRetentionDuty extends RegulationDuty {
    static final String SYSTEM = "system";

    private final RetentionPolicy policy;
    private final FacePictures pictures;
    private final AccessLog accessLog;
    private final LegalHolds holds;
    private final People people;
    private final AuditLog audit;

    @Override
    protected List<?> figures() {
        return List.of(policy.pictureDays(), policy.accessLogDays());
    }

    @Override
    public DutyOutcome run(Instant now) {
        try {
            LegalHolds.Kept kept = holds.kept();
            long pics = pictures.purgeBefore(now.minus(Duration.ofDays(policy.pictureDays())), kept.names(), kept.badges());
            Instant logCutoff = now.minus(Duration.ofDays(policy.accessLogDays()));
            long events = accessLog.purgeBefore(logCutoff, kept.names(), kept.badges());
            long visits = people.purgeVisitsBefore(logCutoff, kept.names(), kept.badges());
            Map<String, Object> counted = new LinkedHashMap<>();
            counted.put("pictures", pics);
            counted.put("accessEvents", events);
            counted.put("visits", visits);
            counted.put("pictureDays", policy.pictureDays());
            counted.put("accessLogDays", policy.accessLogDays());
            counted.put("legalHolds", kept.holds().size());
            audit.record(SYSTEM, "personal_data", "retention", "purge", null, counted);
            Phrase said = Phrase.of(policy.adjusted() ? "duty.outcome.personal.adjusted" : "duty.outcome.personal",
                    policy.adjusted()
                            ? "Erased {0} face picture(s) older than {1} days and {2} access event(s) older than {3} days ({4} legal hold(s) kept); "
                            + "the configured {5}/{6} days were moved to the bounds of the law; {7} visit(s) past the retention of the access log erased"
                            : "Erased {0} face picture(s) older than {1} days and {2} access event(s) older than {3} days ({4} legal hold(s) kept); "
                            + "{7} visit(s) past the retention of the access log erased",
                    pics, policy.pictureDays(), events, policy.accessLogDays(), kept.holds().size(),
                    policy.configuredPictureDays(), policy.configuredAccessLogDays(), visits);
            return policy.adjusted() ? DutyOutcome.warning(said) : DutyOutcome.ok(said);
        } catch (RuntimeException e) {
            return DutyOutcome.failed("Personal data retention failed: " + e.getMessage());
        }
    }
}
