package vn.dcim.core.asset;

import io.micronaut.data.exceptions.DataAccessException;
import vn.dcim.core.error.Explanation;
import vn.dcim.core.error.FieldRefusal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the spreadsheet imports (equipment, cables) share: all or nothing, every row applied in one
 * transaction exactly as the API would apply it, and any refusal or a dry run rolling the whole of it
 * back with every bad row reported.
 */
public final class RowImport {
    private RowImport() {
    }

    /**
     * Applies each row inside the caller's transaction, collecting every refused row's problems by its
     * column ({@code column} turns a refusal's field into the file's column name). A dry run or any problem
     * throws {@link RolledBack}, carrying the result out of the transaction it undoes.
     */
    public static ImportResult apply(List<ImportRow> rows, boolean dryRun, Consumer<ImportRow> step, UnaryOperator<String> column) {
        List<ImportResult.Problem> problems = new ArrayList<>();
        int valid = 0;
        for (ImportRow row : rows) {
            try {
                step.accept(row);
                valid++;
            } catch (AssetRowReader.RowInvalid e) {
                // every wrong cell of the row, not only the first
                e.problems.forEach(p -> problems.add(new ImportResult.Problem(row.row(), named(column, p.field()), p.getMessage(), p.explanation())));
            } catch (FieldRefusal e) {
                problems.add(new ImportResult.Problem(row.row(), named(column, e.field()), e.getMessage(), e.explanation()));
            } catch (DataAccessException e) {
                // e.g. a cell longer than its column: MariaDB refuses the statement, the transaction goes on
                problems.add(new ImportResult.Problem(row.row(), "row", "the database refused the row: " + e.getMessage(),
                        Explanation.of("error.import.database")));
            }
        }
        if (dryRun || !problems.isEmpty()) {
            throw new RolledBack(new ImportResult(dryRun, rows.size(), valid, 0, problems));
        }
        return new ImportResult(false, rows.size(), valid, valid, List.of());
    }

    private static String named(UnaryOperator<String> column, String field) {
        return field == null ? null : column.apply(field);
    }

    /** The result of a transactional attempt, whether it committed or {@link #apply} rolled it back. */
    public static ImportResult run(Supplier<ImportResult> attempt) {
        try {
            return attempt.get();
        } catch (RolledBack e) {
            return e.result;
        }
    }

    /** Carries the result out of the transaction it rolls back. */
    static final class RolledBack extends RuntimeException {
        final transient ImportResult result;

        RolledBack(ImportResult result) {
            super("import rolled back", null, false, false);
            this.result = result;
        }
    }
}
