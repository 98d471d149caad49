package vn.dcim.core.upgrade;

import java.time.Instant;
import java.util.Optional;

/**
 * Something during which the background migrations run no batch: they stop after the batch under way (it
 * commits as a whole with its progress) and go on from its last key once the hold is over. The nightly backup
 * is one: its dump and test restore compete for the same disk and database, and its row counts are reconciled
 * with the live tables, which a migration moving rows meanwhile would only make harder to read.
 */
public interface BackgroundMigrationHold {

    /** A stable word for why the batches wait (e.g. {@code backup}), the key of its text and of its meter. */
    String reason();

    /** Since when the batches have had to wait, or empty when they may run (asked before every batch). */
    Optional<Instant> heldSince();
}
