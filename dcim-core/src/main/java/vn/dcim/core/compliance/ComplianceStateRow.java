package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A requirement's current state at a centre as compliance_state holds it: evidence and arguments as JSON. */
@Introspected
record ComplianceStateRow(String requirementId, ComplianceState state, Instant since, String summary, String evidence,
                          @Nullable String summaryKey, @Nullable String summaryArgs) {
}
