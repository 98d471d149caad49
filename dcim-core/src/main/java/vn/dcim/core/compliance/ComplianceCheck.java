package vn.dcim.core.compliance;

import java.time.Instant;

/** One article of the regulation checked against the product's data; the compliance view lists them all. */
public interface ComplianceCheck {
    ComplianceStatus check(Instant now);
}
