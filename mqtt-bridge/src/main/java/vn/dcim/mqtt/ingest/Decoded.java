package vn.dcim.mqtt.ingest;

import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.deadletter.DeadLetter;

import java.util.List;

/** What a message turned into. */
sealed interface Decoded {
    record Readings(List<Reading> readings) implements Decoded {
    }

    /** A remote collector's batch: stored unless its sequence shows it was stored before. */
    record CollectorBatch(String collector, String epoch, long seq, List<Reading> readings, long buffered, long dropped) implements Decoded {
    }

    record Access(AccessEvent event) implements Decoded {
    }

    record Rejected(DeadLetter letter) implements Decoded {
    }

    /** A vendor dialect's message from a bound source: that device's readings and access events. */
    record Vendor(List<Reading> readings, List<AccessEvent> access) implements Decoded {
    }

    /** A vendor dialect's message from a source no device is bound to: kept in the discovery inbox. */
    record Discovered(DiscoveredSource.Heard heard) implements Decoded {
    }

    /** Not kept and not a dead letter: a new unbound source over the inbox's cap (counted). */
    record Dropped(String why) implements Decoded {
    }
}
