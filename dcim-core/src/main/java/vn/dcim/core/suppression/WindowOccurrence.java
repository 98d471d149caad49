package vn.dcim.core.suppression;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One occurrence of a window, as the calendar and the device page show it. */
@Serdeable
public record WindowOccurrence(MaintenanceWindow window, Instant startsAt, Instant endsAt) {
}
