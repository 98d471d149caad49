package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.ts;

/** Art. 13.2 and QĐ 22/2021 Art. 9.1: every incident carries its operational level, and security incidents their security level. */
@Singleton
class IncidentsClassifiedCheck extends KeyedCheck {
    private final Jdbc jdbc;
    private final String column;

    @jakarta.inject.Inject
    IncidentsClassifiedCheck(Jdbc jdbc) {
        this(jdbc, "incidents-classified", "level");
    }

    IncidentsClassifiedCheck(Jdbc jdbc, String key, String column) {
        super(key);
        this.jdbc = jdbc;
        this.column = column;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<String> ids = jdbc.list("read incidents", "SELECT id, " + column + " FROM incident WHERE opened_at >= ?",
                rs -> rs.getString(2) == null || rs.getString(2).isBlank() ? rs.getString(1) : "", ts(now.minus(Duration.ofDays(365))));
        Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
        if (ids.isEmpty()) {
            return Judgement.noData(said("compliance.s.incidents-classified.none", "no incident in the last 12 months"), all);
        }
        List<String> unclassified = ids.stream().filter(s -> !s.isEmpty()).toList();
        List<Evidence> evidence = new ArrayList<>(unclassified.stream().limit(10).map(i -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + i, i)).toList());
        evidence.add(all);
        return Judgement.of(unclassified.isEmpty(), unclassified.isEmpty() ? said("compliance.s.incidents-classified.ok", "{0} incident(s) in 12 months, all classified", ids.size())
                : said("compliance.s.incidents-classified.bad-" + column, "{0} incident(s) without a " + column.replace('_', ' '), unclassified.size()), evidence);
    }
}
