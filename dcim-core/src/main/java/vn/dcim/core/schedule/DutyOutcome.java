package vn.dcim.core.schedule;

/** How a run of a duty ended, in words an operator can act on. */
public record DutyOutcome(RunStatus status, String message) {

    public static DutyOutcome ok(String message) {
        return new DutyOutcome(RunStatus.ok, message);
    }

    public static DutyOutcome warning(String message) {
        return new DutyOutcome(RunStatus.warning, message);
    }

    public static DutyOutcome failed(String message) {
        return new DutyOutcome(RunStatus.failed, message);
    }
}
