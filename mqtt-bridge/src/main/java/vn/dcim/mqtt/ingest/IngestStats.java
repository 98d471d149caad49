package vn.dcim.mqtt.ingest;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the bridge did since start: messages committed (accepted and refused), batches, retries of a
 * failed commit, and the time spent decoding and storing (ms), to see where a slow bridge spends it.
 */
@Serdeable
public record IngestStats(long committed, long accessEvents, long readings, long deadLetters, long batches, long commitRetries,
                          int queued, long decodeMs, long storeMs) {
}
