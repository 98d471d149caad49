package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.backup.BackupRegister;

import java.time.Duration;
import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/** Art. 000 8.1: Back up important data periodically, at least once a month. Where necessary, apply encryption, passwords or digital signing. */
@Singleton
class BackupMonthlyCheck extends BackupCheck {
    BackupMonthlyCheck(BackupRegister register) {
        super("backup-monthly", register);
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int maxDays = profile.whole("backup-max-age-days");
        Run last = runs().stream().filter(Run::ok).findFirst().orElse(null);
        if (last == null) {
            return Judgement.noData(said("compliance.s.backup.none-ok", "no successful backup of the DCIM database yet"), runLink());
        }
        long days = Duration.between(last.at(), now).toDays();
        return Judgement.of(days <= maxDays, said("compliance.s.backup-monthly.age", "last successful backup {0} day(s) ago (at most {1})", days, maxDays),
                runLink(last));
    }
}
