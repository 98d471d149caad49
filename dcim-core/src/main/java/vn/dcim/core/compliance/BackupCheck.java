package vn.dcim.core.compliance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.List;

/**
 * BackupCheck (Art. 11.3, 11.4, QĐ 22/2021 Art. 8.1): the product's own database backup (backup_run) and the
 * register of the center's datasets (backup_copy). One class, three questions.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class BackupCheck implements ComplianceCheck {
    final Jdbc jdbc;

    record Run(long id, Instant at, boolean ok, boolean sameDevice, boolean restoreVerified, boolean checksums) {
    }

    List<Run> runs() {
        return jdbc.list("read backup runs", "SELECT id, taken_at, ok, same_device, restore_verified, checksums_verified FROM backup_run ORDER BY id DESC LIMIT 50",
                rs -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)));
    }

    static Evidence runLink() {
        return Evidence.link("compliance.ev.backup-runs", "backup runs", "/ui/compliance/records/backups");
    }

    /** The run a judgement rests on, on the same register page. */
    static Evidence runLink(Run run) {
        return Evidence.link("compliance.ev.backup-run", "backup run #{0}", "/ui/compliance/records/backups", run.id());
    }
}
