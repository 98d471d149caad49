package vn.dcim.core.audit;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/** Records every registry change with its before/after state as JSON. */
@Singleton
public class AuditLog {
    private final AuditEventRepository events;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, JsonMapper json) {
        this(events, json, Clock.systemUTC());
    }

    AuditLog(AuditEventRepository events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

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
}
