package vn.dcim.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records every registry change with its before/after state as JSON. */
@Singleton
@RequiredArgsConstructor
public class AuditLog {
    private final AuditEventRepository events;
    private final JsonMapper json;
    private final Clock clock;

    public AuditEvent record(String actor, String entityType, Object entityId, String action, Object before, Object after) {
        return events.save(new AuditEvent(null, Instant.now(clock), actor, entityType, String.valueOf(entityId), action,
                toJson(before), toJson(after)));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who changed what, newest first: one page of the events matching every filter given (blank = any), and how many match. */
    public Browsed browse(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
                          @Nullable String action, int limit, int offset) {
        String type = orNull(entityType);
        String id = orNull(entityId);
        String who = orNull(actor);
        String what = orNull(action);
        return new Browsed(events.countSearch(type, id, who, what),
                events.search(type, id, who, what, Math.max(1, Math.min(limit, 1000)), Math.max(offset, 0)));
    }

    /**
     * The events of one action on one kind of entity in [from, to), oldest first (e.g. the assets' moves of a
     * report's period).
     */
    public List<AuditEvent> actions(String entityType, String action, Instant from, Instant to) {
        return events.findByEntityTypeAndActionAndOccurredAtGreaterThanEqualsAndOccurredAtLessThan(entityType, action, from, to)
                .stream().sorted(java.util.Comparator.comparing(AuditEvent::occurredAt).thenComparing(AuditEvent::id)).toList();
    }

    /** Every event on one kind of entity from {@code from} on, newest first: to walk the registry back in time. */
    public List<AuditEvent> since(String entityType, Instant from) {
        return events.findByEntityTypeAndOccurredAtGreaterThanEquals(entityType, from).stream()
                .sorted(java.util.Comparator.comparing(AuditEvent::occurredAt).thenComparing(AuditEvent::id).reversed()).toList();
    }

    /** When the registry's trail begins: what happened before it, the product does not know. */
    public java.util.Optional<Instant> firstRecord() {
        return events.firstOccurredAt();
    }

    /** An event's before or after state as the JSON object it was recorded as (empty for none). */
    public java.util.Map<String, Object> state(@Nullable String recorded) {
        if (recorded == null) {
            return java.util.Map.of();
        }
        try {
            return json.readValue(recorded, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Browsed(long total, List<AuditEvent> events) {
    }

    private static String orNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
