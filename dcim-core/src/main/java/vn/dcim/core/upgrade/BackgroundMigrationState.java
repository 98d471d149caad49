package vn.dcim.core.upgrade;

import java.time.Instant;

/** Where one background migration is, as its progress row holds it (times UTC). */
public record BackgroundMigrationState(String name, String flywayVersion, State state, String lastKey, long rowsDone,
                                       Long rowsTotal, int attempts, Instant nextAttemptAt, Instant startedAt,
                                       Instant finishedAt, String error) {

    /** pending: not started; running: batches under way (also after a stop, until resumed); done; failed: retried later. */
    public enum State { pending, running, done, failed }

    /** Rows still to go over by the estimate: 0 once done, never below 0 (rows written since the estimate). */
    public long rowsLeft() {
        if (state == State.done || rowsTotal == null) {
            return 0;
        }
        return Math.max(0, rowsTotal - rowsDone);
    }

    /** Percent done by the estimate, for the progress bar (100 once done). */
    public int percent() {
        if (state == State.done) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }
}
