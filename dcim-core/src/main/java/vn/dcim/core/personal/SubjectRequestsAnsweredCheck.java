package vn.dcim.core.personal;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import vn.dcim.core.time.CenterTime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.dcim.core.compliance.Said.said;

/**
 * Law 91/2025/QH15: a data subject's requests are answered and recorded. Every request is recorded as it is
 * answered; what can stay unanswered is an erasure a legal hold refused: once no hold is in force on the person any
 * more and no erasure followed, the request is still owed, and it is a finding until it is handled.
 */
@Singleton
@CheckKey("subject-requests-answered")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubjectRequestsAnsweredCheck implements ComplianceCheck {
    private final SubjectRights rights;
    private final LegalHolds holds;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Evidence screen = Evidence.link("compliance.ev.personal-data", "personal data", "/ui/personal-data");
        // a hold kept past its review day stops the person's erasure and the purge with no decision behind it any more
        List<String> unreviewed = holds.overdue().stream()
                .map(h -> (h.person() != null ? h.person() : h.badge()) + " (#" + h.id() + ", " + CenterTime.date(h.reviewOn()) + ")").toList();
        if (!unreviewed.isEmpty()) {
            return Judgement.of(false, said("compliance.s.subject-requests.hold-overdue",
                    "legal hold(s) in force past their review day: {0}", String.join(", ", unreviewed)), screen);
        }
        List<SubjectRequest> all = rights.requests(1000, 0);
        if (all.isEmpty()) {
            return Judgement.noData(said("compliance.s.subject-requests.none", "no data-subject request recorded yet"), screen);
        }
        // newest first: a person's latest erasure request is the one that counts
        Map<String, SubjectRequest> latestErasure = all.stream().filter(r -> r.kind() == SubjectRequest.Kind.erase)
                .collect(Collectors.toMap(r -> key(r), r -> r, (newer, older) -> newer));
        List<String> owed = latestErasure.values().stream()
                .filter(r -> r.outcome() == SubjectRequest.Outcome.refused && holds.on(r.person(), r.badge()).isEmpty())
                .map(r -> (r.person() != null ? r.person() : r.badge()) + " (#" + r.id() + ")").sorted().toList();
        Map<SubjectRequest.Outcome, Long> counted = all.stream().collect(Collectors.groupingBy(SubjectRequest::outcome, Collectors.counting()));
        return Judgement.of(owed.isEmpty(), owed.isEmpty()
                ? said("compliance.s.subject-requests.ok", "{0} request(s) answered: {1} exported, {2} erased, {3} partly erased, {4} refused by a legal hold in force",
                        all.size(), counted.getOrDefault(SubjectRequest.Outcome.exported, 0L), counted.getOrDefault(SubjectRequest.Outcome.erased, 0L),
                        counted.getOrDefault(SubjectRequest.Outcome.partly, 0L), counted.getOrDefault(SubjectRequest.Outcome.refused, 0L))
                : said("compliance.s.subject-requests.bad", "erasures still owed (their legal hold was released): {0}", String.join(", ", owed)), screen);
    }

    private static String key(SubjectRequest r) {
        return (r.person() == null ? "" : LegalHolds.fold(r.person())) + "|" + (r.badge() == null ? "" : r.badge());
    }
}
