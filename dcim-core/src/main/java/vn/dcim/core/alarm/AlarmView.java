package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An alarm as the operator sees it. {@code message} is the stored English text; {@code messageKey}
 * and {@code messageArgs}, when a duty raised it, let a screen tell it in the reader's language.
 * {@code closedAt} is set once nobody needs to look at it any more: cleared and acknowledged, or
 * cleared when its rule is non-latching ({@code latching} false). A {@code suppressed} alarm is held back
 * from notification: inside maintenance window {@code windowId} (none: a work order in
 * progress), or as a symptom of alarm {@code rootAlarmId}; {@code releasedAt} when it was notified after
 * all because it outlived what held it.
 */
@Serdeable
public record AlarmView(long id, String source, String ruleId, String instance, Severity severity, String article,
                        String message, boolean suppressed, int occurrences, int flaps,
                        @Nullable String siteId, Instant raisedAt,
                        @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable String ackNote,
                        @Nullable Instant clearedAt, @Nullable String messageKey, @Nullable List<String> messageArgs,
                        @Nullable Instant closedAt, boolean latching,
                        @Nullable Long windowId, @Nullable Long rootAlarmId, @Nullable Instant releasedAt) {

    /** The same alarm with its text told in another language (the stored text is the one of its raising). */
    public AlarmView withMessage(String told) {
        return new AlarmView(id, source, ruleId, instance, severity, article, told, suppressed, occurrences, flaps, siteId, raisedAt,
                acknowledgedAt, acknowledgedBy, ackNote, clearedAt, messageKey, messageArgs, closedAt, latching,
                windowId, rootAlarmId, releasedAt);
    }

    /**
     * The state of ANSI/ISA-18.2 (IEC 62682): {@code open} (active, unacknowledged), {@code acknowledged}
     * (active, acknowledged), {@code returned} (returned to normal, not acknowledged: still on the console)
     * and {@code closed}.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("state")
    public String state() {
        if (closedAt != null) {
            return "closed";
        }
        if (clearedAt != null) {
            return "returned";
        }
        return acknowledgedAt != null ? "acknowledged" : "open";
    }

    /** Whether a person still has to acknowledge it: active or returned to normal, not acknowledged. */
    @com.fasterxml.jackson.annotation.JsonProperty("awaitsAcknowledgement")
    public boolean awaitsAcknowledgement() {
        return closedAt == null && acknowledgedAt == null;
    }
}
