package vn.dcim.web.api.backup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.backup.BackupCopy;
import vn.dcim.core.backup.BackupCopyRepository;
import vn.dcim.core.backup.BackupDataset;
import vn.dcim.core.backup.BackupDatasetRepository;
import vn.dcim.core.backup.BackupRegisterCheck;
import vn.dcim.core.backup.BackupRunRepository;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.util.List;

@Tag(name = "Backups")
@Controller("/api")
public class BackupController {
    private final BackupRunRepository runs;
    private final BackupDatasetRepository datasets;
    private final BackupCopyRepository copies;
    private final DutyScheduler scheduler;
    private final Clock clock;
    private final AuditLog audit;

    BackupController(BackupRunRepository runs, BackupDatasetRepository datasets, BackupCopyRepository copies,
                     DutyScheduler scheduler, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.runs = runs;
        this.datasets = datasets;
        this.copies = copies;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Operation(summary = "Backups of the DCIM database (Art. 11.3, 11.4), newest first")
    @Get("/backups")
    public List<BackupRunView> backups() {
        return runs.findTop50OrderByIdDesc().stream().map(BackupRunView::of).toList();
    }

    @Operation(summary = "Back the DCIM database up now")
    @Post("/backups")
    public HttpResponse<?> backupNow(HttpRequest<?> request) {
        scheduler.runNow("database-backup", SignedIn.name(request));
        return HttpResponse.accepted();
    }

    @Operation(summary = "The backup register of the center's other systems, with what is wrong with each data set")
    @Get("/backup-datasets")
    public List<DatasetView> datasets() {
        return datasets.findAllOrderByName().stream().map(this::view).toList();
    }

    @Post("/backup-datasets")
    @Status(HttpStatus.CREATED)
    public DatasetView register(@Valid @Body DatasetCommand c, HttpRequest<?> request) {
        if (datasets.existsByName(c.name())) {
            throw new ConflictException("name", "A data set named " + c.name() + " is already registered").explained("error.backup.dataset-exists", c.name());
        }
        BackupDataset saved = datasets.save(new BackupDataset(null, c.name(), c.systemName(), c.important(), c.frequencyDays(),
                c.requiredCopies() == null ? 2 : c.requiredCopies(), c.media(), c.retentionDays(), c.storageMethod(),
                c.retrievalMethod(), Boolean.TRUE.equals(c.encrypted())));
        audit.record(SignedIn.name(request), "backup-dataset", saved.id(), "create", null, java.util.Map.of("name", saved.name()));
        return view(saved);
    }

    @Operation(summary = "Record a backup copy of a data set")
    @Post("/backup-datasets/{id}/copies")
    @Status(HttpStatus.CREATED)
    public DatasetView addCopy(@PathVariable long id, @Valid @Body CopyCommand c, HttpRequest<?> request) {
        BackupDataset d = datasets.findById(id).orElseThrow(() -> new NotFoundException("Backup data set", id));
        BackupCopy copy = copies.save(new BackupCopy(null, d.id(), c.takenAt(), c.location(), c.verified(), c.note()));
        audit.record(SignedIn.name(request), "backup-dataset", d.id(), "copy-recorded", null,
                java.util.Map.of("copy", copy.id(), "location", String.valueOf(c.location())));
        return view(d);
    }

    private DatasetView view(BackupDataset d) {
        List<BackupCopy> list = copies.findByDatasetIdOrderByTakenAtDesc(d.id());
        return DatasetView.of(d, list, BackupRegisterCheck.problems(d, list, clock.instant()));
    }
}
