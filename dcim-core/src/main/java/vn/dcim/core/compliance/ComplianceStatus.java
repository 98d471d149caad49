package vn.dcim.core.compliance;

import io.micronaut.serde.annotation.Serdeable;

/** Whether an article holds now, and the evidence in an operator's words. */
@Serdeable
public record ComplianceStatus(String article, String requirement, Verdict verdict, String evidence) {

    public enum Verdict { holds, fails, unknown }

    public static ComplianceStatus of(String article, String requirement, boolean holds, String evidence) {
        return new ComplianceStatus(article, requirement, holds ? Verdict.holds : Verdict.fails, evidence);
    }
}
