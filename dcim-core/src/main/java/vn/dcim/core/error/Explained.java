package vn.dcim.core.error;

import io.micronaut.core.annotation.Nullable;

/** A refusal that can be told in the reader's language; null when it has only its English message. */
public interface Explained {
    @Nullable
    Explanation explanation();
}
