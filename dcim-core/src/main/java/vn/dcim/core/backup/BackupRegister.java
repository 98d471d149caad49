package vn.dcim.core.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backups of the DCIM database and the register of the center's other systems' backups (Art. 11.3,
 * 11.4): data sets with their copies and what is wrong with each, every registration audited.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BackupRegister {
    private static final String ENTITY = "backup-dataset";
    private final BackupRunRepository runs;
    private final BackupDatasetRepository datasets;
    private final BackupCopyRepository copies;
    private final AuditLog audit;
    private final Clock clock;

    /** A data set with its copies, newest first, and the problems the register check finds today. */
    public record Entry(BackupDataset dataset, List<BackupCopy> copies, List<String> problems) {
    }

    /** The latest backups of the DCIM database, newest first (at most 50). */
    public List<BackupRun> recentRuns() {
        return runs.findTop50OrderByIdDesc();
    }

    /** The newest backup that succeeded, however old. */
    public Optional<BackupRun> lastSucceeded() {
        return runs.findFirstByOkOrderByIdDesc(true);
    }

    /** The newest backup that succeeded among the latest ones. */
    public Optional<BackupRun> lastGood() {
        return recentRuns().stream().filter(BackupRun::ok).findFirst();
    }

    /** Every registered data set by name, each with its copies and problems. */
    public List<Entry> entries() {
        return datasets.findAllOrderByName().stream().map(this::entry).toList();
    }

    /** Registers a data set; its name is unique. */
    @Transactional
    public Entry register(BackupDataset dataset, String actor) {
        if (datasets.existsByName(dataset.name())) {
            throw new ConflictException("name", "A data set named " + dataset.name() + " is already registered")
                    .explained("error.backup.dataset-exists", dataset.name());
        }
        BackupDataset saved = datasets.save(dataset);
        audit.record(actor, ENTITY, saved.id(), "create", null, Map.of("name", saved.name()));
        return entry(saved);
    }

    /** Records a copy of a data set: when it was taken, where it is kept, whether it was verified. */
    @Transactional
    public Entry recordCopy(long datasetId, Instant takenAt, String location, boolean verified, @Nullable String note, String actor) {
        BackupDataset d = datasets.findById(datasetId).orElseThrow(() -> new NotFoundException("Backup data set", datasetId));
        BackupCopy copy = copies.save(new BackupCopy(null, d.id(), takenAt, location, verified, note));
        audit.record(actor, ENTITY, d.id(), "copy-recorded", null, Map.of("copy", copy.id(), "location", String.valueOf(location)));
        return entry(d);
    }

    private Entry entry(BackupDataset d) {
        List<BackupCopy> list = copies.findByDatasetIdOrderByTakenAtDesc(d.id());
        return new Entry(d, list, BackupRegisterCheck.problems(d, list, clock.instant()));
    }
}
