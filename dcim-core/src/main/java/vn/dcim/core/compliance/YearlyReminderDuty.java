package vn.dcim.core.compliance;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens, for every year, a task per yearly duty of the regulation (Art. 27.6, 24.4, 32.2) due at the
 * end of the year. A task still open after its due date is no alarm: the catalogue's yearly-task
 * checks judge its requirement overdue, which makes it a compliance finding told to the supervisor and the
 * head of the center; this duty's outcome names it.
 */
@DutyPlan(id = "yearly-reminders", cron = "0 0 8 * * ?",
        description = "Art. 27.6, 24.4, 32.2: yearly vulnerability assessment, malware scan and security training as tasks with due dates")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class YearlyReminderDuty extends RegulationDuty {
    private final ComplianceTaskRepository tasks;
    // the center's zone is read from the clock at each run
    private final Clock clock;

    @Override
    public DutyOutcome run(Instant now) {
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        int created = 0;
        for (YearlyTask t : YearlyTask.values()) {
            if (!tasks.existsByKindAndPeriod(t.name(), today.getYear())) {
                tasks.save(new ComplianceTask(null, t.name(), today.getYear(), t.title(), t.article(),
                        LocalDate.of(today.getYear(), 12, 31), null, null, null));
                created++;
            }
        }
        List<String> overdue = new ArrayList<>();
        for (ComplianceTask task : tasks.findAllOrderByDueDateDesc()) {
            boolean late = !task.done() && today.isAfter(task.dueDate());
            if (late) {
                overdue.add(task.kind() + " " + task.period());
            }
        }
        return overdue.isEmpty()
                ? DutyOutcome.ok(Phrase.of("duty.outcome.yearly", "{0} task(s) opened for {1}", created, String.valueOf(today.getYear())))
                : DutyOutcome.warning(Phrase.of("duty.outcome.yearly.overdue", "{0} task(s) opened for {1}; overdue: {2}",
                        created, String.valueOf(today.getYear()), String.join(", ", overdue)));
    }
}
