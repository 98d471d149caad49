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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.backup.BackupDataset;
import vn.dcim.core.backup.BackupRegister;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.web.security.SignedIn;

import java.util.List;

@Tag(name = "Backups")
@Controller("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BackupController {
    private final BackupRegister register;
    private final DutyScheduler scheduler;

    @Operation(summary = "Backups of the DCIM database (Art. 11.3, 11.4), newest first")
    @Get("/backups")
    public List<BackupRunView> backups() {
        return register.recentRuns().stream().map(BackupRunView::of).toList();
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
        return register.entries().stream().map(BackupController::view).toList();
    }

    @Post("/backup-datasets")
    @Status(HttpStatus.CREATED)
    public DatasetView register(@Valid @Body DatasetCommand c, HttpRequest<?> request) {
        return view(register.register(new BackupDataset(null, c.name(), c.systemName(), c.important(), c.frequencyDays(),
                c.requiredCopies() == null ? 2 : c.requiredCopies(), c.media(), c.retentionDays(), c.storageMethod(),
                c.retrievalMethod(), Boolean.TRUE.equals(c.encrypted())), SignedIn.name(request)));
    }

    @Operation(summary = "Record a backup copy of a data set")
    @Post("/backup-datasets/{id}/copies")
    @Status(HttpStatus.CREATED)
    public DatasetView addCopy(@PathVariable long id, @Valid @Body CopyCommand c, HttpRequest<?> request) {
        return view(register.recordCopy(id, c.takenAt(), c.location(), c.verified(), c.note(), SignedIn.name(request)));
    }

    private static DatasetView view(BackupRegister.Entry e) {
        return DatasetView.of(e.dataset(), e.copies(), e.problems());
    }
}
