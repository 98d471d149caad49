package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.ts;

/** Art. 13.3c: every closed incident has a journal (how it developed and how it was remedied). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentsJournaledCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "incidents-journaled";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<String[]> closed = jdbc.list("read closed incidents", "SELECT i.id, (SELECT COUNT(*) FROM incident_journal j WHERE j.incident_id = i.id), "
                + "COALESCE(i.resolution, '') FROM incident i WHERE i.status = 'closed' AND i.closed_at >= ?",
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, ts(now.minus(Duration.ofDays(365))));
        Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
        if (closed.isEmpty()) {
            return Judgement.noData(said("compliance.s.incidents-journaled.none", "no incident closed in the last 12 months"), all);
        }
        List<String[]> bare = closed.stream().filter(c -> c[1].equals("0") || c[2].isBlank()).toList();
        List<Evidence> evidence = new ArrayList<>(bare.stream().limit(10).map(c -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + c[0], c[0])).toList());
        evidence.add(all);
        return Judgement.of(bare.isEmpty(), bare.isEmpty() ? said("compliance.s.incidents-journaled.ok", "{0} closed incident(s), each with journal and resolution", closed.size())
                : said("compliance.s.incidents-journaled.bad", "{0} closed incident(s) without journal or resolution", bare.size()), evidence);
    }
}
