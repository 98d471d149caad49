package vn.dcim.core.telemetry

import vn.dcim.core.db.Jdbc

import java.time.Duration

/**
 * LatestValues as the specs drive them: flushed only when asked, refreshed and reloaded only when a reader asks
 * (every interval an hour), each one closed with the spec's feature.
 */
class AskedLatestValues implements AutoCloseable {
    private final List<LatestValues> opened = []

    LatestValues open(Jdbc jdbc) {
        def values = new LatestValues(jdbc, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1))
        opened << values
        values
    }

    @Override
    void close() {
        opened*.close()
    }
}
