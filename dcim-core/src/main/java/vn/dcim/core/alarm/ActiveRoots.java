package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The active alarm that may explain another one: the oldest not cleared of a source (a device, or a site for the
 * site's own alarms) under one of some rules, told by its root when it is a symptom itself. Asked by the
 * suppression's dependency graph while an alarm is raised, so it reads the alarm table alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActiveRoots {
    private final Jdbc jdbc;

    /** With an instance: only the source's alarm of the whole device ("0") or of that instance; empty without rules. */
    public Optional<Long> of(String source, Collection<String> ruleIds, @Nullable String instance) {
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        params.add(source);
        params.addAll(ruleIds);
        if (instance != null) {
            params.add(instance);
        }
        return jdbc.list("read the active alarms of " + source, "SELECT COALESCE(root_alarm_id, id) FROM alarm WHERE source = ? "
                        + "AND cleared_at IS NULL AND rule_id IN (" + String.join(",", Collections.nCopies(ruleIds.size(), "?")) + ") "
                        + (instance == null ? "" : "AND (instance = '0' OR instance = ?) ") + "ORDER BY raised_at, id LIMIT 1",
                rs -> rs.getLong(1), params.toArray()).stream().findFirst();
    }
}
