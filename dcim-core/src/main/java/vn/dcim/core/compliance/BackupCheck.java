package vn.dcim.core.compliance;

import vn.dcim.core.backup.BackupRegister;

import java.time.Instant;
import java.util.List;

/**
 * BackupCheck (Art. 11.3, 11.4, QĐ 22/2021 Art. 8.1): the product's own database backup (backup_run) and the
 * register of the center's datasets (backup_copy). One class, three questions.
 */
abstract class BackupCheck extends KeyedCheck {
    final BackupRegister register;

    BackupCheck(String key, BackupRegister register) {
        super(key);
        this.register = register;
    }

    record Run(long id, Instant at, boolean ok, boolean sameDevice, boolean restoreVerified, boolean checksums) {
    }

    List<Run> runs() {
        return register.recentRuns().stream()
                .map(r -> new Run(r.id(), r.takenAt(), r.ok(), r.sameDevice(), r.restoreVerified(), r.checksumsVerified())).toList();
    }

    static Evidence runLink() {
        return Evidence.link("compliance.ev.backup-runs", "backup runs", "/ui/compliance/records/backups");
    }

    /** The run a judgement rests on, on the same register page. */
    static Evidence runLink(Run run) {
        return Evidence.link("compliance.ev.backup-run", "backup run #{0}", "/ui/compliance/records/backups", run.id());
    }
}
