package vn.dcim.core.asset;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an import did or, on a dry run, would do; with problems nothing is imported. */
@Serdeable
public record ImportResult(boolean dryRun, int rows, int valid, int imported, List<Problem> errors) {

    /** Why one row cannot be imported. */
    @Serdeable
    public record Problem(int row, String field, String reason) {
    }
}
