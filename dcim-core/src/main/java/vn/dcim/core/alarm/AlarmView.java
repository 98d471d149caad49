package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An alarm as the operator sees it. {@code message} is the stored English text; {@code messageKey}
 * and {@code messageArgs}, when a duty raised it, let a screen tell it in the reader's language.
 */
@Serdeable
public record AlarmView(long id, String source, String ruleId, String instance, Severity severity, String article,
                        String message, boolean suppressed, int occurrences, int flaps,
                        @Nullable String siteId, Instant raisedAt,
                        @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable String ackNote,
                        @Nullable Instant clearedAt, @Nullable String messageKey, @Nullable List<String> messageArgs) {

    /** The same alarm with its text told in another language (the stored text is the one of its raising). */
    public AlarmView withMessage(String told) {
        return new AlarmView(id, source, ruleId, instance, severity, article, told, suppressed, occurrences, flaps, siteId, raisedAt,
                acknowledgedAt, acknowledgedBy, ackNote, clearedAt, messageKey, messageArgs);
    }

    /** Open, acknowledged or cleared, as the API filters it. */
    @com.fasterxml.jackson.annotation.JsonProperty("state")
    public String state() {
        return clearedAt != null ? "cleared" : acknowledgedAt != null ? "acknowledged" : "open";
    }
}
