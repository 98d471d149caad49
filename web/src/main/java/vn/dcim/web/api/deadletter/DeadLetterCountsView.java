package vn.dcim.web.api.deadletter;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Refused messages per reason: kept in the table, and counted by this instance since it started. */
@Serdeable
public record DeadLetterCountsView(long count, Map<String, Long> stored, Map<String, Long> sinceStart) {
}
