package vn.dcim.core.upgrade;

/**
 * A data migration that runs after the product is up instead of holding its start: the Flyway migration
 * it belongs to makes the quick schema change (a new table, a nullable column), and this moves or backfills
 * the rows of a large table in bounded batches, by primary-key range, while the product serves.
 *
 * <p>{@link BackgroundMigrations} runs each batch in one transaction together with the update of its progress
 * row, so that a stop or a crash in the middle takes the batch back as a whole and the next start resumes
 * after the last key done: every row is handled exactly once. A batch must still be idempotent (a row already
 * in the new shape is left as it is), because data written by the product since the upgrade may already be
 * in the new shape, and a batch may be run again after a failure.
 *
 * <p>The readers' rule while it runs: code reads both the old and the new shape until the migration is done
 * ({@link BackgroundMigrations#done}), or the feature that needs the new shape says that its data is being
 * prepared. Only then may a later release drop the old shape, and it may count on it: a release's upgrade
 * refuses to start while a background migration of an earlier release is unfinished ({@link UpgradeOrder}).
 */
public interface BackgroundMigration {

    /** Stable name, the key of its progress row (e.g. {@code device-secrets-encrypted}); never renamed once shipped. */
    String name();

    /** The version of the Flyway migration whose schema change this completes (e.g. {@code "63"}). */
    String flywayVersion();

    /** About how many rows it will go over, for the progress shown to the administrator; counted once, when registered. */
    long estimateRows();

    /** Rows in one batch: a transaction short enough not to hold the product's own writes for long. */
    default int batchSize() {
        return 500;
    }

    /**
     * Handles the rows after {@code afterKey} (null: from the first), at most {@code size} of them in key order,
     * inside the caller's transaction. Answers the last key handled and how many rows were looked at, or
     * {@link Batch#DONE} when no row is left after {@code afterKey}.
     */
    Batch run(String afterKey, int size);

    /** What one batch did: the last key it reached and how many rows it went over. */
    record Batch(String lastKey, int rows) {
        /** Nothing left: the migration is done. */
        public static final Batch DONE = new Batch(null, 0);

        public boolean done() {
            return rows == 0;
        }
    }
}
