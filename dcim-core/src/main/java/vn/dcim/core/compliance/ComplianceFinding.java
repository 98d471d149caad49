package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A compliance finding: a requirement of the catalogue that is non-compliant or overdue, or
 * whose attestation runs out within 30 days. It is not an alarm: nothing for the operator on shift to acknowledge,
 * but work for the supervisor and the head of the center, who are told when it appears. A condition on
 * a device that the shift must act on is raised by an alarm rule on that device instead. A yearly task past
 * its due date is a finding through the catalogue check of its requirement.
 * {@code said} tells the summary in the reader's language when the check kept its key.
 */
@Serdeable
public record ComplianceFinding(String id, String article, ComplianceState state, Instant since, String summary,
                                @Nullable Said said) {
}
