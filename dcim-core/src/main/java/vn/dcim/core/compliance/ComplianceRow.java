package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A requirement as the compliance view shows it: where it stands, since when, and the records that decide it.
 * {@code summary} is English; {@code summaryKey} and {@code summaryArgs}, when the check gave them, let a
 * screen tell the same sentence in its reader's language (messages_vi/messages_en). {@code siteBound}: judged by what
 * stands at the sites judged (a centre's own), not by the province-wide settings and registers every centre shares.
 */
@Serdeable
public record ComplianceRow(String id, String article, String seed, Requirement.Kind kind, ComplianceState state,
                            @Nullable Instant since, String summary, List<Evidence> evidence, String requirement,
                            String source, @Nullable String summaryKey, @Nullable List<String> summaryArgs,
                            boolean siteBound) {
}
