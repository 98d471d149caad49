package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Paged;
import vn.dcim.core.text.ColumnText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Current states (compliance_state) and their history (compliance_state_change), per centre: each centre of a
 * merged province is judged by its own profile, so the same requirement has a state per centre. Centre
 * {@link #INSTALLATION} is the whole installation under DCIM_COMPLIANCE_PROFILE, as before centres existed.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceStore {
    private final Jdbc jdbc;
    private final JsonMapper json;

    /** The whole installation, judged by the profile DCIM_COMPLIANCE_PROFILE names; every state recorded before centres. */
    public static final long INSTALLATION = 0;

    /** {@code said} is the sentence as a message key with arguments; null on rows written before it was kept (V97). */
    public record Current(ComplianceState state, Instant since, String summary, List<Evidence> evidence, @Nullable Said said) {
    }

    public Map<String, Current> current() {
        return current(INSTALLATION);
    }

    /** The current state of every requirement for a centre. */
    public Map<String, Current> current(long centre) {
        Map<String, Current> out = new HashMap<>();
        jdbc.list("read the compliance states", "SELECT requirement_id, state, since, summary, evidence, summary_key, summary_args FROM compliance_state "
                        + "WHERE centre_id = ?", rs -> out.put(rs.getString(1), new Current(ComplianceState.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), evidence(rs.getString(5)), said(rs.getString(6), rs.getString(7), rs.getString(4)))), centre);
        return out;
    }

    /**
     * One page of the current states that meet {@code condition} (SQL on {@code compliance_state}, its
     * values in {@code params}), oldest first, with how many meet it: paged in SQL.
     */
    Paged<Map.Entry<String, Current>> current(String condition, List<Object> params, int limit, int offset) {
        // the findings are the installation's: a centre's own states are read through its compliance view
        condition = "centre_id = " + INSTALLATION + " AND (" + condition + ")";
        long count = jdbc.list("count compliance states", "SELECT COUNT(*) FROM compliance_state WHERE " + condition,
                rs -> rs.getLong(1), params.toArray()).get(0);
        List<Object> paged = new ArrayList<>(params);
        paged.add(Paged.limit(limit));
        paged.add(Paged.offset(offset));
        List<Map.Entry<String, Current>> rows = jdbc.list("read a page of compliance states", "SELECT requirement_id, state, since, "
                        + "summary, evidence, summary_key, summary_args FROM compliance_state WHERE " + condition
                        + " ORDER BY since, BINARY requirement_id LIMIT ? OFFSET ?",
                rs -> Map.entry(rs.getString(1), new Current(ComplianceState.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), evidence(rs.getString(5)), said(rs.getString(6), rs.getString(7), rs.getString(4)))),
                paged.toArray());
        return new Paged<>(count, rows);
    }

    /** The current state of one requirement, if it was judged. */
    public Optional<Current> current(String id) {
        return current(INSTALLATION, id);
    }

    /** The current state of one requirement for a centre, if it was judged. */
    public Optional<Current> current(long centre, String id) {
        return jdbc.list("read a compliance state", "SELECT state, since, summary, evidence, summary_key, summary_args FROM compliance_state "
                + "WHERE centre_id = ? AND requirement_id = ?", rs -> new Current(ComplianceState.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                rs.getString(3), evidence(rs.getString(4)), said(rs.getString(5), rs.getString(6), rs.getString(3))), centre, id).stream().findFirst();
    }

    /** Records the installation's judgement (see the centre's). */
    public boolean record(String id, Current before, Judgement j, Instant now) {
        return record(INSTALLATION, null, id, before, j, now);
    }

    /**
     * Records a centre's judgement under {@code profileId}; a change of state starts a new "since" and a history row
     * that keeps the profile, so the history tells which regulation judged it when. Returns whether the state changed.
     */
    public boolean record(long centre, @Nullable String profileId, String id, Current before, Judgement j, Instant now) {
        String evidence = write(j.evidence());
        String summary = cut(j.summary());
        String key = j.said() == null ? null : j.said().key();
        String args = j.said() == null ? null : writeArgs(j.said().args());
        // Two instances of a pair may judge the same row at once: the change is written only if the row is
        // still as this instance read it, so one of them records the change (and raises its alarm), not both
        if (before == null) {
            if (jdbc.update("record a compliance state", "INSERT IGNORE INTO compliance_state (centre_id, requirement_id, state, since, checked_at, "
                    + "summary, evidence, summary_key, summary_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", centre, id, j.state().name(), ts(now), ts(now), summary,
                    evidence, key, args) == 0) {
                return false;
            }
        } else if (before.state() != j.state()) {
            if (jdbc.update("record a compliance state", "UPDATE compliance_state SET state = ?, since = ?, checked_at = ?, summary = ?, evidence = ?, "
                    + "summary_key = ?, summary_args = ? WHERE centre_id = ? AND requirement_id = ? AND state = ?", j.state().name(), ts(now),
                    ts(now), summary, evidence, key, args, centre, id, before.state().name()) == 0) {
                return false;
            }
        } else if (before.summary().equals(summary) && before.evidence().equals(j.evidence()) && sameSaid(before.said(), j.said())) {
            // nothing new to write: a page view or a re-run does not cost 176 updates
            return false;
        } else {
            jdbc.update("record a compliance check", "UPDATE compliance_state SET checked_at = ?, summary = ?, evidence = ?, summary_key = ?, "
                    + "summary_args = ? WHERE centre_id = ? AND requirement_id = ?", ts(now), summary, evidence, key, args, centre, id);
            return false;
        }
        jdbc.update("record a compliance state change", "INSERT INTO compliance_state_change (centre_id, requirement_id, state, previous_state, profile_id, "
                + "at, summary, evidence, summary_key, summary_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", centre, id, j.state().name(),
                before == null ? null : before.state().name(), profileId, ts(now), summary, evidence, key, args);
        return true;
    }

    public List<StateChange> history(String id) {
        return history(INSTALLATION, id);
    }

    /** Every change of one requirement for a centre, oldest first, each with the profile that judged it. */
    public List<StateChange> history(long centre, String id) {
        return jdbc.list("read a compliance history", "SELECT requirement_id, state, previous_state, at, summary, evidence, "
                + "summary_key, summary_args, profile_id FROM compliance_state_change WHERE centre_id = ? AND requirement_id = ? "
                + "ORDER BY at, id", this::change, centre, id);
    }

    /** The latest {@code limit} changes of any requirement at a centre, newest first, each with the profile that judged it. */
    public List<StateChange> latestChanges(long centre, int limit) {
        return jdbc.list("read a centre's compliance history", "SELECT requirement_id, state, previous_state, at, summary, evidence, "
                + "summary_key, summary_args, profile_id FROM compliance_state_change WHERE centre_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                this::change, centre, Paged.limit(limit));
    }

    /** Every change up to {@code end}, oldest first (for the auditor's report of a period). */
    public List<StateChange> historyUntil(Instant end) {
        return historyUntil(INSTALLATION, end);
    }

    /** Every change of a centre's requirements up to {@code end}, oldest first (its auditor's report). */
    public List<StateChange> historyUntil(long centre, Instant end) {
        return jdbc.list("read the compliance history", "SELECT requirement_id, state, previous_state, at, summary, evidence, "
                + "summary_key, summary_args, profile_id FROM compliance_state_change WHERE centre_id = ? AND at < ? ORDER BY at, id", this::change,
                centre, ts(end));
    }

    private StateChange change(ResultSet rs) throws SQLException {
        String prev = rs.getString(3);
        return new StateChange(rs.getString(1), ComplianceState.valueOf(rs.getString(2)), prev == null ? null : ComplianceState.valueOf(prev),
                rs.getTimestamp(4).toInstant(), rs.getString(5), evidence(rs.getString(6)), rs.getString(7),
                rs.getString(7) == null ? null : args(rs.getString(8)), rs.getString(9));
    }

    /** The latest change of a requirement at or before {@code at} (what an alarm raised then said). */
    public Optional<StateChange> changeAt(String id, Instant at) {
        return jdbc.list("read a compliance change", "SELECT requirement_id, state, previous_state, at, summary, evidence, summary_key, summary_args, profile_id "
                + "FROM compliance_state_change WHERE centre_id = ? AND requirement_id = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1",
                this::change, INSTALLATION, id, ts(at))
                .stream().findFirst();
    }

    private static boolean sameSaid(@Nullable Said a, @Nullable Said b) {
        return a == null ? b == null : b != null && a.key().equals(b.key()) && a.args().equals(b.args());
    }

    @Nullable
    private Said said(@Nullable String key, @Nullable String args, String english) {
        return key == null ? null : new Said(key, args(args), english);
    }

    private String writeArgs(List<String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> args(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static String cut(String s) {
        return ColumnText.fit(s, 2000);
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
