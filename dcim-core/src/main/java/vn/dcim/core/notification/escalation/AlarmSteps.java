package vn.dcim.core.notification.escalation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.text.ColumnText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history of an alarm's notices and escalations. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlarmSteps {
    private final AlarmStepRepository steps;
    private final Clock clock;

    /**
     * Records the step of a level; false when it is recorded already (another instance, or an earlier run,
     * took it): the caller then tells nobody, so no level is told twice.
     */
    boolean claim(long alarmId, String kind, int level, String told) {
        return steps.claim(alarmId, clock.instant(), kind, level, bounded(told)) == 1;
    }

    /** Who was told at a claimed level once the notices are queued, and the step's kind as it turned out. */
    void settle(long alarmId, int level, String kind, String told) {
        steps.settle(alarmId, level, kind, bounded(told));
    }

    public void acknowledged(long alarmId, String person, String via) {
        steps.acknowledged(alarmId, clock.instant(), person, via);
    }

    public List<AlarmStep> of(long alarmId) {
        return steps.ofAlarm(alarmId);
    }

    /** The histories of the alarms a console shows, by alarm, in one query (the console lists a bounded page). */
    public Map<Long, List<AlarmStep>> ofAlarms(Collection<Long> alarmIds) {
        if (alarmIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AlarmStep>> out = new LinkedHashMap<>();
        steps.ofAlarms(alarmIds)
                .forEach(s -> out.computeIfAbsent(s.alarmId(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /** An alarm that found nobody on duty to tell, and when. */
    @io.micronaut.core.annotation.Introspected
    public record Fallback(long alarmId, Instant at) {
    }

    /**
     * The alarms that found nobody on duty since then, oldest first, at most {@code most}: a centre's roster check
     * keeps those of its own sites (the alarm package knows each alarm's site).
     */
    public List<Fallback> fallbackAlarmsSince(Instant since, int most) {
        return steps.fallbacksSince(since, most);
    }

    private static @Nullable String bounded(@Nullable String s) {
        return ColumnText.fit(s, 1000);
    }
}
