package vn.dcim.core.telemetry;

import java.util.List;

/**
 * The port through which collectors hand readings to the core. When {@code record} returns, the
 * readings are committed; a collector that must not lose data acknowledges its source only then.
 * A collector that reads many values a second hands them as a {@link ReadingBatch} (columns, no object per
 * value); the others hand a list. A sink that only takes lists (a collector's disk buffer) gets a batch as a
 * list of its own: the collector empties and refills the batch once the call returns.
 */
public interface ReadingSink {
    void record(List<Reading> readings);

    default void record(ReadingBatch readings) {
        if (!readings.isEmpty()) {
            record(List.copyOf(readings.readings()));
        }
    }
}
