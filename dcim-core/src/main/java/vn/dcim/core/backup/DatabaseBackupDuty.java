package vn.dcim.core.backup;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.text.ColumnText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** The nightly backup of the product's own database, checked and reconciled after each run. */
@DutyPlan(id = DatabaseBackupDuty.ID, cron = "0 30 1 * * ?",
        description = "QĐ 11/2023 Art. 11.3, 11.4, 21.4; QĐ 22/2021 Art. 8.1: back the DCIM database up to two locations at least monthly "
                + "(here nightly), verify checksums and a test restore")
public class DatabaseBackupDuty extends RegulationDuty {
    static final String ID = "database-backup";

    private final DatabaseBackup backup;
    private final BackupRunRepository runs;
    private final AlarmUpdates alarms;

    DatabaseBackupDuty(BackupSettings settings, BackupRunRepository runs, AlarmUpdates alarms, KeyDirectory keys,
                       @Value("${datasources.default.url}") String url,
                       @Value("${datasources.default.username:}") String user,
                       @Value("${datasources.default.password:}") String password) {
        Path binDir = settings.getBinDir() == null || settings.getBinDir().isBlank() ? null : Path.of(settings.getBinDir());
        this.backup = new DatabaseBackup(MariaDbServer.fromJdbcUrl(url, user, password, binDir), settings, keys);
        this.runs = runs;
        this.alarms = alarms;
    }

    @Override
    public DutyOutcome run(Instant now) {
        try {
            BackupResult result = backup.backup(now);
            runs.save(BackupRun.of(result));
            if (!result.ok()) {
                raise("backup.failed", Severity.major, "Art. 11.4", Phrase.of("alarm.text.backup.unverified",
                        "Art. 11.4: backup {0} could not be verified (checksums: {1}; test restore: {2})", result.fileName(),
                        verification(result.checksumsVerified()), verification(result.restoreVerified())));
                return DutyOutcome.failed(result.message());
            }
            clear("backup.failed");
            if (result.sameDevice()) {
                raise("backup.single-device", Severity.minor, "Art. 11.3", Phrase.of("alarm.text.backup.single-device",
                        "Art. 11.3: both destinations of backup {0} are on the same device, configure a second device or location",
                        result.fileName()));
                return DutyOutcome.warning(result.message());
            }
            clear("backup.single-device");
            return DutyOutcome.ok(result.message());
        } catch (IOException | RuntimeException e) {
            String message = "Backup failed: " + e.getMessage();
            runs.save(new BackupRun(null, now, "-", null, null, null, false, false, false, false, ColumnText.fit(message, 2000)));
            // the cause is the system's own words (a path, an I/O error): an argument, told as it is
            raise("backup.failed", Severity.major, "Art. 11.4", Phrase.of("alarm.text.backup.failed", "Backup failed: {0}",
                    ColumnText.fit(String.valueOf(e.getMessage()), 400)));
            return DutyOutcome.failed(message);
        }
    }

    private void raise(String rule, Severity severity, String article, Phrase message) {
        alarms.tell(ID, rule, "0", severity, article, message);
    }

    private static String verification(boolean passed) {
        return passed ? "enum.verification.passed" : "enum.verification.failed";
    }

    private void clear(String rule) {
        alarms.tell(ID, rule, "0", Severity.info, "", null);
    }
}
