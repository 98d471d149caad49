package vn.dcim.mqtt.ingest

import jakarta.inject.Inject
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.mqtt.deadletter.DeadLetterCounter
import vn.dcim.mqtt.testing.BridgeSpec

/**
 * Base of the specs where vendor devices speak their own dialects through the bridge: the inbox of sources heard
 * and bound, the readings of the devices they are bound to, and the dead letters the bridge counts.
 */
abstract class VendorSourcesSpec extends BridgeSpec {
    @Inject
    DiscoveredSources sources
    @Inject
    LatestReadings latest
    @Inject
    DeadLetterCounter counter

    /** The source of this dialect waiting in the inbox, or null. */
    DiscoveredSource unbound(String dialect, String source) {
        sources.find(DiscoveredSource.State.unbound, 1000, 0).find { it.dialect() == dialect && it.sourceId() == source }
    }

    /** Messages refused by their dialect and kept as dead letters since start. */
    long refusedByDialect() {
        counter.snapshot()[DeadLetterReason.dialect] ?: 0L
    }
}
