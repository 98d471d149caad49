package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;

/**
 * Whether the incidents' records are kept as the regulation asks (QĐ 11/2023 Art. 13.2, 13.3c; QĐ 22/2021 Art. 9.1):
 * every incident classified, every closed incident with its journal and resolution. Counted and picked out in SQL by the incidents' repository.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentRecords {
    private final IncidentRepository incidents;

    /** How many incidents were opened since {@code since}. */
    public int openedSince(Instant since) {
        return Math.toIntExact(incidents.countByOpenedAtGreaterThanEquals(since));
    }

    /** The incidents opened since {@code since} without their operational level, or without their security level when {@code security}. */
    public List<Long> unclassifiedSince(Instant since, boolean security) {
        return incidents.unclassifiedSince(since, security);
    }

    /** How many incidents were closed since {@code since}. */
    public int closedSince(Instant since) {
        return Math.toIntExact(incidents.countByStatusAndClosedAtGreaterThanEquals(IncidentStatus.closed, since));
    }

    /** The incidents closed since {@code since} with no journal line or no resolution written. */
    public List<Long> closedUnrecordedSince(Instant since) {
        return incidents.closedUnrecordedSince(since);
    }
}
