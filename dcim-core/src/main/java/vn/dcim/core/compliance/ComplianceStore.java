package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Paged;
import vn.dcim.core.text.ColumnText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
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
    private final ComplianceStateRepository states;
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
        states.statesOf(centre).forEach(r -> out.put(r.requirementId(), current(r)));
        return out;
    }

    /**
     * One page of the installation's current states that are findings among {@code requirementIds}: a state of
     * {@code failing}, or attested with a summary containing {@code expiringSoon}; oldest first, with how many there
     * are: paged in SQL. (A centre's own states are read through its compliance view.)
     */
    Paged<Map.Entry<String, Current>> findings(Collection<String> requirementIds, Collection<String> failing, String expiringSoon,
                                               int limit, int offset) {
        String soon = "%" + expiringSoon + "%";
        long count = states.countFindings(INSTALLATION, requirementIds, failing, soon);
        return new Paged<>(count, states.findings(INSTALLATION, requirementIds, failing, soon, Paged.limit(limit), Paged.offset(offset))
                .stream().map(r -> Map.entry(r.requirementId(), current(r))).toList());
    }

    /** The current state of one requirement, if it was judged. */
    public Optional<Current> current(String id) {
        return current(INSTALLATION, id);
    }

    /** The current state of one requirement for a centre, if it was judged. */
    public Optional<Current> current(long centre, String id) {
        return states.stateOf(centre, id).map(this::current);
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
            if (states.firstState(centre, id, j.state().name(), now, summary, evidence, key, args) == 0) {
                return false;
            }
        } else if (before.state() != j.state()) {
            if (states.changeState(centre, id, before.state().name(), j.state().name(), now, summary, evidence, key, args) == 0) {
                return false;
            }
        } else if (before.summary().equals(summary) && write(before.evidence()).equals(evidence) && sameSaid(before.said(), j.said())) {
            // nothing new to write: a page view or a re-run does not cost 176 updates. The evidence is compared as it is
            // stored: an empty list of label arguments is not written, so it reads back as none
            return false;
        } else {
            states.checked(centre, id, now, summary, evidence, key, args);
            return false;
        }
        states.save(new ComplianceStateChangeRow(null, centre, id, j.state(), before == null ? null : before.state(), profileId, now, summary,
                evidence, key, args));
        return true;
    }

    public List<StateChange> history(String id) {
        return history(INSTALLATION, id);
    }

    /** Every change of one requirement for a centre, oldest first, each with the profile that judged it. */
    public List<StateChange> history(long centre, String id) {
        return changes(states.history(centre, id));
    }

    /** The latest {@code limit} changes of any requirement at a centre, newest first, each with the profile that judged it. */
    public List<StateChange> latestChanges(long centre, int limit) {
        return changes(states.latest(centre, Paged.limit(limit)));
    }

    /** Every change up to {@code end}, oldest first (for the auditor's report of a period). */
    public List<StateChange> historyUntil(Instant end) {
        return historyUntil(INSTALLATION, end);
    }

    /** Every change of a centre's requirements up to {@code end}, oldest first (its auditor's report). */
    public List<StateChange> historyUntil(long centre, Instant end) {
        return changes(states.historyUntil(centre, end));
    }

    private List<StateChange> changes(List<ComplianceStateChangeRow> rows) {
        return rows.stream().map(this::change).toList();
    }

    private StateChange change(ComplianceStateChangeRow r) {
        return new StateChange(r.requirementId(), r.state(), r.previousState(), r.at(), r.summary(), evidence(r.evidence()), r.summaryKey(),
                r.summaryKey() == null ? null : args(r.summaryArgs()), r.profileId());
    }

    private Current current(ComplianceStateRow r) {
        return new Current(r.state(), r.since(), r.summary(), evidence(r.evidence()), said(r.summaryKey(), r.summaryArgs(), r.summary()));
    }

    /** The latest change of a requirement at or before {@code at} (what an alarm raised then said). */
    public Optional<StateChange> changeAt(String id, Instant at) {
        return states.changeAt(INSTALLATION, id, at).map(this::change);
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
