package vn.dcim.core.asset;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;

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
@RequiredArgsConstructor
public class AssetImport {
    private final Attempt attempt;

    public ImportResult run(List<ImportRow> rows, boolean dryRun, String actor) {
        return RowImport.run(() -> attempt.register(rows, dryRun, actor));
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
            return RowImport.apply(rows, dryRun, row -> registry.register(AssetRowReader.read(row), actor), field -> field);
        }
    }
}
