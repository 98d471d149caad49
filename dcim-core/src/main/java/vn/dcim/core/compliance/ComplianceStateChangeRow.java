package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A change of a requirement's state at a centre as compliance_state_change holds it: evidence and arguments as JSON. */
@MappedEntity("compliance_state_change")
record ComplianceStateChangeRow(@Id @GeneratedValue @Nullable Long id, long centreId, String requirementId, ComplianceState state,
                                @Nullable ComplianceState previousState, @Nullable String profileId, Instant at, String summary,
                                String evidence, @Nullable String summaryKey, @Nullable String summaryArgs) {
}
