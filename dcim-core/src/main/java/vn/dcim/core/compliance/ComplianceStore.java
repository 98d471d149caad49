package vn.dcim.core.compliance;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Current states (compliance_state) and their history (compliance_state_change). */
@Singleton
public class ComplianceStore {
    private final Jdbc jdbc;
    private final JsonMapper json;

    ComplianceStore(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Current(ComplianceState state, Instant since, String summary, List<Evidence> evidence) {
    }

    public Map<String, Current> current() {
        Map<String, Current> out = new HashMap<>();
        jdbc.list("read the compliance states", "SELECT requirement_id, state, since, summary, evidence FROM compliance_state",
                rs -> out.put(rs.getString(1), new Current(ComplianceState.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), evidence(rs.getString(5)))));
        return out;
    }

    /** Records the judgement; a change of state starts a new "since" and a history row. Returns whether the state changed. */
    public boolean record(String id, Current before, Judgement j, Instant now) {
        String evidence = write(j.evidence());
        String summary = cut(j.summary());
        if (before == null) {
            jdbc.update("record a compliance state", "INSERT INTO compliance_state (requirement_id, state, since, checked_at, summary, evidence) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, j.state().name(), ts(now), ts(now), summary, evidence);
        } else if (before.state() != j.state()) {
            jdbc.update("record a compliance state", "UPDATE compliance_state SET state = ?, since = ?, checked_at = ?, summary = ?, evidence = ? "
                    + "WHERE requirement_id = ?", j.state().name(), ts(now), ts(now), summary, evidence, id);
        } else if (before.summary().equals(summary) && before.evidence().equals(j.evidence())) {
            // nothing new to write: a page view or a re-run does not cost 176 updates
            return false;
        } else {
            jdbc.update("record a compliance check", "UPDATE compliance_state SET checked_at = ?, summary = ?, evidence = ? WHERE requirement_id = ?",
                    ts(now), summary, evidence, id);
            return false;
        }
        jdbc.update("record a compliance state change", "INSERT INTO compliance_state_change (requirement_id, state, previous_state, at, summary, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, j.state().name(), before == null ? null : before.state().name(), ts(now), summary, evidence);
        return true;
    }

    public List<StateChange> history(String id) {
        return jdbc.list("read a compliance history", "SELECT requirement_id, state, previous_state, at, summary, evidence "
                + "FROM compliance_state_change WHERE requirement_id = ? ORDER BY at, id", this::change, id);
    }

    /** Every change up to {@code end}, oldest first (for the auditor's report of a period). */
    public List<StateChange> historyUntil(Instant end) {
        return jdbc.list("read the compliance history", "SELECT requirement_id, state, previous_state, at, summary, evidence "
                + "FROM compliance_state_change WHERE at < ? ORDER BY at, id", this::change, ts(end));
    }

    private StateChange change(ResultSet rs) throws SQLException {
        String prev = rs.getString(3);
        return new StateChange(rs.getString(1), ComplianceState.valueOf(rs.getString(2)), prev == null ? null : ComplianceState.valueOf(prev),
                rs.getTimestamp(4).toInstant(), rs.getString(5), evidence(rs.getString(6)));
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }

    private String write(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Evidence> evidence(String text) {
        try {
            return json.readValue(text, Argument.listOf(Evidence.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
