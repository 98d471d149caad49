package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.incident.IncidentRecords;

import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/** Art. 13.3c: every closed incident has a journal (how it developed and how it was remedied). */
@Singleton
@CheckKey("incidents-journaled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentsJournaledCheck implements ComplianceCheck {
    private final IncidentRecords records;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant since = IncidentYear.since(now);
        int closed = records.closedSince(since);
        return IncidentYear.judge(closed, said("compliance.s.incidents-journaled.none", "no incident closed in the last 12 months"),
                () -> records.closedUnrecordedSince(since),
                said("compliance.s.incidents-journaled.ok", "{0} closed incident(s), each with journal and resolution", closed),
                bare -> said("compliance.s.incidents-journaled.bad", "{0} closed incident(s) without journal or resolution", bare));
    }
}
