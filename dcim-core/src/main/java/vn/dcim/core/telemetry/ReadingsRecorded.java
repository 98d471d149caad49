package vn.dcim.core.telemetry;

import java.util.List;

/**
 * Published after a batch of readings is committed, so alarm rules see SNMP and MQTT alike. A listener on the
 * readings' path reads the columns of {@link #batch()}; {@link #readings()} makes a {@link Reading} of each row
 * it is asked for (or is the list a collector handed over). Both are valid during the call only: the poller empties
 * and refills its batch once the sink returns, so a listener that keeps readings copies them.
 */
public record ReadingsRecorded(ReadingBatch batch) {
    public List<Reading> readings() {
        return batch.readings();
    }
}
