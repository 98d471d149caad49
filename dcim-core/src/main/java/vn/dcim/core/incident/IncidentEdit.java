package vn.dcim.core.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What an operator changes on a ticket; null leaves a field as it is. */
@Serdeable
public record IncidentEdit(@Nullable String assignee, @Nullable IncidentStatus status, @Nullable String rootCause,
                           @Nullable String resolution, @Nullable SecurityLevel securityLevel) {
}
