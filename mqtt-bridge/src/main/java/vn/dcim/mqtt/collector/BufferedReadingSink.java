package vn.dcim.mqtt.collector;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;

import java.util.List;

/**
 * Where a remote collector's poller puts its readings: the disk buffer. When
 * {@link #record} returns the batch is on disk (fsync'd), which is the promise of the port; the
 * {@link CollectorLink} carries it to the center's broker when it can.
 */
@Primary
@Singleton
@Requires(property = "dcim.collector.enabled", value = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BufferedReadingSink implements ReadingSink {
    private final DiskBuffer buffer;
    private final CollectorLink link;

    @Override
    public void record(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        buffer.append(CollectorWire.readings(readings));
        link.wake();
    }
}
