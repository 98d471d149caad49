package vn.dcim.core.upgrade

import io.micronaut.context.annotation.Requires
import jakarta.inject.Singleton

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * A background migration registered with the product's context in BackgroundMigrationsSpec only: its one batch
 * waits until the spec lets it go (at most 2 minutes), as a batch over a large table takes its time.
 */
@Singleton
@Requires(property = 'dcim.spec.slow-background-migration', value = 'true')
class SlowSpecMigration implements BackgroundMigration {
    final CountDownLatch entered = new CountDownLatch(1)
    final CountDownLatch release = new CountDownLatch(1)
    volatile boolean ran

    String name() { 'spec-slow' }

    String flywayVersion() { '134' }

    long estimateRows() { 1 }

    BackgroundMigration.Batch run(String afterKey, int size) {
        if (afterKey != null) {
            return BackgroundMigration.Batch.DONE
        }
        entered.countDown()
        if (!release.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException('the spec never let the slow batch go')
        }
        ran = true
        new BackgroundMigration.Batch('1', 1)
    }
}
