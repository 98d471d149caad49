package vn.dcim.core.alarm;

/**
 * Published after an alarm change is committed: the live console, incident correlation and
 * notifications follow it. {@code reopened} is a flapping condition back within the flap window;
 * {@code released}: a held alarm (maintenance window, symptom) still active once what held it ended,
 * notified as if raised then.
 */
public record AlarmChanged(AlarmView alarm, Change change) {

    public enum Change { raised, reopened, acknowledged, cleared, released }
}
