package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.backup.BackupRegister;

import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.mark;

/** Art. 11.4: Backup frequency depends on the importance of the data. Each backup must be checked and reconciled (kiểm soát, đối chiếu) afterwards. */
@Singleton
class BackupVerifiedCheck extends BackupCheck {
    BackupVerifiedCheck(BackupRegister register) {
        super("backup-verified", register);
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<Run> runs = runs();
        if (runs.isEmpty()) {
            return Judgement.noData(said("compliance.s.backup.none", "no backup run yet"), runLink());
        }
        Run last = runs.get(0);
        boolean verified = last.ok() && last.checksums() && last.restoreVerified();
        return Judgement.of(verified, verified ? said("compliance.s.backup-verified.ok", "last backup {0} verified (checksums and restore)", last.at())
                : said("compliance.s.backup-verified.bad", "last backup {0} not verified: ok={1}, checksums={2}, restore={3}", last.at(),
                mark(last.ok()), mark(last.checksums()), mark(last.restoreVerified())),
                runLink(last));
    }
}
