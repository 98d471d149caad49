package vn.dcim.core.asset;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.Explanation;
import vn.dcim.core.error.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports equipment all or nothing: every row is registered in one transaction, exactly as the API
 * would (so duplicates and overlaps inside the file are caught too); any problem, or a dry run, rolls
 * the whole transaction back and reports every bad row.
 */
@Singleton
public class AssetImport {
    private final Attempt attempt;

    public AssetImport(Attempt attempt) {
        this.attempt = attempt;
    }

    public ImportResult run(List<ImportRow> rows, boolean dryRun, String actor) {
        try {
            return attempt.register(rows, dryRun, actor);
        } catch (RolledBack e) {
            return e.result;
        }
    }

    /**
     * Imports the good rows of a file and leaves out the bad ones, which the answer lists: what the
     * import screen does after its preview, once the person has seen which rows will be skipped.
     * The good rows still go in together (all or nothing among them).
     */
    public ImportResult runSkippingInvalid(List<ImportRow> rows, String actor) {
        ImportResult preview = run(rows, true, actor);
        Set<Integer> bad = preview.errors().stream().map(ImportResult.Problem::row).collect(Collectors.toSet());
        List<ImportRow> good = rows.stream().filter(r -> !bad.contains(r.row())).toList();
        if (good.isEmpty()) {
            return new ImportResult(false, rows.size(), 0, 0, preview.errors());
        }
        ImportResult done = run(good, false, actor);
        if (!done.errors().isEmpty()) {
            // a row that passed the preview failed now (someone registered the same label meanwhile): nothing went in
            List<ImportResult.Problem> all = new ArrayList<>(preview.errors());
            all.addAll(done.errors());
            return new ImportResult(false, rows.size(), done.valid(), 0, all);
        }
        return new ImportResult(false, rows.size(), done.imported(), done.imported(), preview.errors());
    }

    /** The transactional part; a separate bean so that its transaction advice applies. */
    @Singleton
    public static class Attempt {
        private final AssetRegistry registry;

        public Attempt(AssetRegistry registry) {
            this.registry = registry;
        }

        @Transactional
        public ImportResult register(List<ImportRow> rows, boolean dryRun, String actor) {
            List<ImportResult.Problem> problems = new ArrayList<>();
            int valid = 0;
            for (ImportRow row : rows) {
                try {
                    registry.register(AssetRowReader.read(row), actor);
                    valid++;
                } catch (AssetRowReader.RowInvalid e) {
                    // every wrong cell of the row, not only the first (issue 31)
                    e.problems.forEach(p -> problems.add(new ImportResult.Problem(row.row(), p.field(), p.getMessage(), p.explanation())));
                } catch (InvalidInputException e) {
                    problems.add(new ImportResult.Problem(row.row(), e.field(), e.getMessage(), e.explanation()));
                } catch (ConflictException e) {
                    problems.add(new ImportResult.Problem(row.row(), e.field(), e.getMessage(), e.explanation()));
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
