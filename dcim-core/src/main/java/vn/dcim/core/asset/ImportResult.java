package vn.dcim.core.asset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.error.Explanation;

import java.util.List;
import java.util.function.Function;

/** What an import did or, on a dry run, would do; with problems nothing is imported. */
@Serdeable
public record ImportResult(boolean dryRun, int rows, int valid, int imported, List<Problem> errors) {

    /** The same result with every reason that has a message key told by {@code tell} (the reader's language). */
    public ImportResult told(Function<Explanation, String> tell) {
        return new ImportResult(dryRun, rows, valid, imported,
                errors.stream().map(p -> p.why() == null ? p : new Problem(p.row(), p.field(), tell.apply(p.why()), p.why())).toList());
    }

    /** Why one row cannot be imported; {@code why} is the reason as a message key, for the web layer. */
    @Serdeable
    public record Problem(int row, String field, String reason, @JsonIgnore @Nullable Explanation why) {
        public Problem(int row, String field, String reason) {
            this(row, field, reason, null);
        }
    }
}
