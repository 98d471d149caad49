package vn.dcim.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.Incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The JSON a webhook receives, one documented shape per event kind. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Webhooks {
    private final JsonMapper json;

    String alarm(AlarmView alarm, String url) {
        return write(new AlarmPayload("alarm.raised", alarm, url));
    }

    String incident(Incident i, String change, String url) {
        return write(new IncidentPayload("incident." + change, i.id(), i.siteId(), i.title(), i.level().name(),
                i.securityLevel() == null ? null : i.securityLevel().name(), i.status().name(), i.openedAt(), i.rootCause(), url));
    }

    String message(String subject, String body, @Nullable String attachment) {
        return write(new MessagePayload("message", subject, body, attachment));
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record MessagePayload(String event, String subject, String body, @Nullable String attachment) {
    }

    @Serdeable
    record AlarmPayload(String event, AlarmView alarm, String url) {
    }

    @Serdeable
    record IncidentPayload(String event, Long id, @Nullable String siteId, String title, String level, @Nullable String securityLevel,
                           String status, Instant openedAt, @Nullable String rootCause, String url) {
    }
}
