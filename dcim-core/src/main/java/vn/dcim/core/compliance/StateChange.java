package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One change of a requirement's state, kept for the auditor. */
@Serdeable
public record StateChange(String requirementId, ComplianceState state, @Nullable ComplianceState previousState,
                          Instant at, String summary, List<Evidence> evidence) {
}
