package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;

/**
 * One requirement of the binding texts (QĐ 11/2023, QĐ 11/2023, and QĐ 22/2021, QĐ 22/2021 of Bắc Kạn)
 * as catalogued in compliance/catalogue.yml: the article, the regulation's own words and how the
 * product judges it.
 */
public record Requirement(String id, String seed, String article, Kind kind, @Nullable String check,
                          @Nullable Integer validityDays, @Nullable String reason, String source, String vi, String en) {

    public enum Kind { automatic, attestation, not_applicable }

    /** The text in the asked language; Vietnamese by default, as the regulation is. */
    public String text(String lang) {
        return "en".equals(lang) ? en : vi;
    }
}
