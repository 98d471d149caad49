package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.incident.IncidentRecords;

import static vn.dcim.core.compliance.Said.said;

/** The requirements on the incident register, judged over the last year ({@link IncidentYearCheck}), as data. */
@Factory
class IncidentChecks {
    /** QĐ 11/2023 Điều 13 khoản 2: every incident carries its operational level. */
    @Singleton
    IncidentYearCheck incidentsClassified(IncidentRecords records) {
        return classified("incidents-classified", records, "level");
    }

    /** QĐ 22/2021 Điều 9 khoản 1: every security incident carries its security level (of the three defined). */
    @Singleton
    IncidentYearCheck securityIncidentsClassified(IncidentRecords records) {
        return classified("security-incidents-classified", records, "security_level");
    }

    /** QĐ 11/2023 Điều 13 khoản 3 điểm c: every closed incident has a journal (how it developed and how it was remedied). */
    @Singleton
    IncidentYearCheck incidentsJournaled(IncidentRecords records) {
        return new IncidentYearCheck("incidents-journaled", new IncidentYearCheck.Rule(records::closedSince, records::closedUnrecordedSince,
                said("compliance.s.incidents-journaled.none", "no incident closed in the last 12 months"),
                closed -> said("compliance.s.incidents-journaled.ok", "{0} closed incident(s), each with journal and resolution", closed),
                bare -> said("compliance.s.incidents-journaled.bad", "{0} closed incident(s) without journal or resolution", bare)));
    }

    /** The incidents opened in the year, each with its level in {@code column} written. */
    private static IncidentYearCheck classified(String key, IncidentRecords records, String column) {
        boolean security = column.equals("security_level");
        return new IncidentYearCheck(key, new IncidentYearCheck.Rule(records::openedSince, since -> records.unclassifiedSince(since, security),
                said("compliance.s.incidents-classified.none", "no incident in the last 12 months"),
                incidents -> said("compliance.s.incidents-classified.ok", "{0} incident(s) in 12 months, all classified", incidents),
                unclassified -> said("compliance.s.incidents-classified.bad-" + column, "{0} incident(s) without a " + column.replace('_', ' '),
                        unclassified)));
    }
}
