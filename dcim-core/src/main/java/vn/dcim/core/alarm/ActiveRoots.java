package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.Optional;

/**
 * The active alarm that may explain another one: the oldest not cleared of a source (a device, or a site for the
 * site's own alarms) under one of some rules, told by its root when it is a symptom itself. Asked by the
 * suppression's dependency graph while an alarm is raised, so it reads the alarm table alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActiveRoots {
    private final AlarmRepository alarms;

    /** With an instance: only the source's alarm of the whole device ("0") or of that instance; empty without rules. */
    public Optional<Long> of(String source, Collection<String> ruleIds, @Nullable String instance) {
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        return alarms.oldestActiveRoot(source, ruleIds, instance);
    }
}
