package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One change of a requirement's state, kept for the auditor. {@code summary} is English;
 * {@code summaryKey} and {@code summaryArgs} tell the same sentence in the reader's language (null on
 * changes recorded before they were kept). {@code profileId} is the policy profile that judged it (null on changes
 * recorded before profiles were kept per change).
 */
@Serdeable
public record StateChange(String requirementId, ComplianceState state, @Nullable ComplianceState previousState,
                          Instant at, String summary, List<Evidence> evidence, @Nullable String summaryKey,
                          @Nullable List<String> summaryArgs, @Nullable String profileId) {
}
