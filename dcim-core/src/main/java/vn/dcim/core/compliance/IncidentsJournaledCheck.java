package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.incident.IncidentRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;

/** Art. 13.3c: every closed incident has a journal (how it developed and how it was remedied). */
@Singleton
@CheckKey("incidents-journaled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentsJournaledCheck implements ComplianceCheck {
    private final IncidentRecords records;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant since = now.minus(Duration.ofDays(365));
        int closed = records.closedSince(since);
        Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
        if (closed == 0) {
            return Judgement.noData(said("compliance.s.incidents-journaled.none", "no incident closed in the last 12 months"), all);
        }
        List<Long> bare = records.closedUnrecordedSince(since);
        List<Evidence> evidence = Evidence.firstTen(bare, c -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + c, String.valueOf(c)), all);
        return Judgement.of(bare.isEmpty(), bare.isEmpty() ? said("compliance.s.incidents-journaled.ok", "{0} closed incident(s), each with journal and resolution", closed)
                : said("compliance.s.incidents-journaled.bad", "{0} closed incident(s) without journal or resolution", bare.size()), evidence);
    }
}
