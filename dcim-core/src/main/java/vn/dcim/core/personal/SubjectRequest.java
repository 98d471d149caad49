package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A data subject's request as answered (Law 91/2025/QH15 on personal data protection: the subject's rights to
 * their data and to its erasure): what was asked (export or erase), for whom, who asked it and why, who handled it
 * when, what was done ({@code outcome}) and, in words, what was exported, erased or kept and the reason.
 */
@Serdeable
public record SubjectRequest(long id, Kind kind, @Nullable String person, @Nullable String badge, String askedBy, @Nullable String reason,
                             String handledBy, Instant handledAt, Outcome outcome, String detail) {
    public enum Kind { export, erase }

    /** exported; erased (all of it); partly (some kept by the law's minimum); refused (a legal hold). */
    public enum Outcome { exported, erased, partly, refused }
}
