package vn.dcim.core.backup;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Flags the registered data sets whose backups are too old or in too few places. */
@DutyPlan(id = "backup-register-check", cron = "0 0 7 * * ?",
        description = "QĐ 11/2023 Art. 11.3, 11.4; QĐ 22/2021 Art. 8.1: every registered data set has a recent verified backup in two locations")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BackupRegisterDuty extends RegulationDuty {
    private final BackupDatasetRepository datasets;
    private final BackupCopyRepository copies;
    private final AlarmUpdates alarms;

    @Override
    public DutyOutcome run(Instant now) {
        List<String> all = new ArrayList<>();
        for (BackupDataset d : datasets.findAllOrderByName()) {
            List<Phrase> problems = BackupRegisterCheck.said(d, copies.findByDatasetIdOrderByTakenAtDesc(d.id()), now);
            problems.forEach(p -> all.add(p.english()));
            // one alarm per problem, each told in the reader's language: the backup's age (Art. 11.4), its places (Art. 11.3)
            Phrase places = problems.stream().filter(p -> p.key().equals(BackupRegisterCheck.LOCATIONS)).findFirst().orElse(null);
            Phrase age = problems.stream().filter(p -> p != places).findFirst().orElse(null);
            Severity severity = d.important() ? Severity.major : Severity.minor;
            alarms.tell(id(), "backup.register", d.name(), severity, "Art. 11.4", age);
            alarms.tell(id(), "backup.register.locations", d.name(), severity, "Art. 11.3", places);
        }
        return all.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.register.ok", "All data sets backed up in time and in two locations"))
                : DutyOutcome.warning(Phrase.of("duty.outcome.register.problems", "{0} problem(s): {1}", all.size(), String.join("; ", all)));
    }
}
