package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.incident.IncidentRecords;

import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/** Art. 13.2 and QĐ 22/2021 Art. 9.1: every incident carries its operational level, and security incidents their security level. */
@Singleton
class IncidentsClassifiedCheck extends KeyedCheck {
    private final IncidentRecords records;
    private final String column;

    @jakarta.inject.Inject
    IncidentsClassifiedCheck(IncidentRecords records) {
        this(records, "incidents-classified", "level");
    }

    IncidentsClassifiedCheck(IncidentRecords records, String key, String column) {
        super(key);
        this.records = records;
        this.column = column;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant since = IncidentYear.since(now);
        int incidents = records.openedSince(since);
        return IncidentYear.judge(incidents, said("compliance.s.incidents-classified.none", "no incident in the last 12 months"),
                () -> records.unclassifiedSince(since, column.equals("security_level")),
                said("compliance.s.incidents-classified.ok", "{0} incident(s) in 12 months, all classified", incidents),
                unclassified -> said("compliance.s.incidents-classified.bad-" + column, "{0} incident(s) without a " + column.replace('_', ' '), unclassified));
    }
}
