package vn.dcim.core.notification.escalation;

import jakarta.inject.Singleton;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.text.BundledYaml;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who hears of an alarm and when the next one does (Art. 36.3, 30.8c), read once from
 * notifications/escalation.yml: the levels (the roster's on-duty operators, then the positions of the
 * people told), the time after which an unacknowledged alarm of each severity goes one level up, and
 * how long an acknowledgement link is valid.
 */
@Singleton
public class EscalationPolicy {
    static final String RESOURCE = "notifications/escalation.yml";
    /** The first level: whoever the roster has on duty now. */
    public static final String ON_DUTY = "on-duty";

    private final List<String> levels;
    private final Map<Severity, Duration> after = new EnumMap<>(Severity.class);
    private final Duration ackLinkValid;

    @SuppressWarnings("unchecked")
    EscalationPolicy() {
        try {
            Map<String, Object> doc = BundledYaml.read(RESOURCE);
            this.levels = List.copyOf((List<String>) doc.get("levels"));
            ((Map<String, Object>) doc.getOrDefault("after", Map.of())).forEach((severity, time) ->
                    after.put(Severity.valueOf(severity), duration(String.valueOf(time))));
            this.ackLinkValid = duration(String.valueOf(doc.getOrDefault("ack-link-valid", "24h")));
        } catch (IOException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Could not read the escalation policy " + RESOURCE + ": " + e, e);
        }
        if (levels.isEmpty() || !ON_DUTY.equals(levels.get(0))) {
            throw new IllegalStateException(RESOURCE + ": the first level must be " + ON_DUTY);
        }
    }

    /** "5m", "90s", "2h" */
    static Duration duration(String text) {
        String t = text.trim();
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }

    public List<String> levels() {
        return levels;
    }

    /** How long an alarm of this severity may stay unacknowledged at one level; empty: it is not escalated. */
    public Optional<Duration> after(Severity severity) {
        return Optional.ofNullable(after.get(severity));
    }

    public Duration ackLinkValid() {
        return ackLinkValid;
    }
}
