package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.change.ChangeFacts;

import java.time.Duration;
import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/**
 * QĐ 11/2023 Điều 23 khoản 3: installing, connecting and removing equipment is allowed by an authorised person and done
 * by the approved procedure. Judged on the registry over the last year: a move of racked equipment made without a change
 * request that no supervisor has looked at breaks it; with no change request ever made there is nothing to judge.
 */
@Singleton
@CheckKey("changes-approved")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangesApprovedCheck implements ComplianceCheck {
    private final ChangeFacts facts;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant since = now.minus(Duration.ofDays(365));
        ChangeFacts.Period year = facts.period(since, now);
        ChangeFacts.Bypassed bypassed = facts.bypassedSince(since);
        Evidence changes = Evidence.link("compliance.ev.changes", "changes", "/ui/changes");
        if (year.requested() == 0 && bypassed.total() == 0) {
            return Judgement.noData(said("compliance.s.changes-approved.none", "no change request and no registry move in the last year"), changes);
        }
        return Judgement.of(bypassed.unseen() == 0, bypassed.unseen() == 0
                ? said("compliance.s.changes-approved.ok", "{0} change request(s) in the last year, {1} done; {2} move(s) without a request, all looked at",
                year.requested(), year.done(), bypassed.total())
                : said("compliance.s.changes-approved.bad", "{0} move(s) of racked equipment without a request not yet looked at by a supervisor",
                bypassed.unseen()), changes);
    }
}
