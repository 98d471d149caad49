package vn.dcim.core.schedule;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.text.Phrase;

/**
 * How a run of a duty ended, in words an operator can act on: the English sentence (API, logs) and, where the
 * duty gives it, the same sentence as a message key with arguments, so the schedules screen tells it in the
 * reader's language. A bare text (a system error's own words) is shown as it is.
 */
public record DutyOutcome(RunStatus status, String message, @Nullable Phrase phrase) {

    public static DutyOutcome ok(String message) {
        return new DutyOutcome(RunStatus.ok, message, null);
    }

    public static DutyOutcome warning(String message) {
        return new DutyOutcome(RunStatus.warning, message, null);
    }

    public static DutyOutcome failed(String message) {
        return new DutyOutcome(RunStatus.failed, message, null);
    }

    public static DutyOutcome ok(Phrase phrase) {
        return new DutyOutcome(RunStatus.ok, phrase.english(), phrase);
    }

    public static DutyOutcome warning(Phrase phrase) {
        return new DutyOutcome(RunStatus.warning, phrase.english(), phrase);
    }

    public static DutyOutcome failed(Phrase phrase) {
        return new DutyOutcome(RunStatus.failed, phrase.english(), phrase);
    }

    /** The same status with a phrase told after it ("…; configured 30 days is below …"). */
    public static DutyOutcome of(RunStatus status, Phrase phrase) {
        return new DutyOutcome(status, phrase.english(), phrase);
    }
}
