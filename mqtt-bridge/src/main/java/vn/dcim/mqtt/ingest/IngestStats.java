package vn.dcim.mqtt.ingest;

import io.micronaut.serde.annotation.Serdeable;

/** What the bridge did since start: messages committed (accepted and refused), batches, retries of a failed commit. */
@Serdeable
public record IngestStats(long committed, long accessEvents, long readings, long deadLetters, long batches, long commitRetries,
                          int queued) {
}
