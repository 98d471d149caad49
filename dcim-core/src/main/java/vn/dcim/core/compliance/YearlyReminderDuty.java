package vn.dcim.core.compliance;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;

/**
 * Opens, for every year, a task per yearly duty of the regulation (Art. 27.6, 24.4, 32.2) due at the
 * end of the year ({@link YearlyTasks#remind}). A task still open after its due date is no alarm: the catalogue's
 * yearly-task checks judge its requirement overdue, which makes it a compliance finding told to the supervisor and
 * the head of the center; this duty's outcome names it.
 */
@DutyPlan(id = "yearly-reminders", cron = "0 0 8 * * ?",
        description = "Art. 27.6, 24.4, 32.2: yearly vulnerability assessment, malware scan and security training as tasks with due dates")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class YearlyReminderDuty extends RegulationDuty {
    private final YearlyTasks tasks;

    @Override
    public DutyOutcome run(Instant now) {
        YearlyTasks.Reminder reminder = tasks.remind(now);
        String year = String.valueOf(reminder.year());
        return reminder.overdue().isEmpty()
                ? DutyOutcome.ok(Phrase.of("duty.outcome.yearly", "{0} task(s) opened for {1}", reminder.opened(), year))
                : DutyOutcome.warning(Phrase.of("duty.outcome.yearly.overdue", "{0} task(s) opened for {1}; overdue: {2}",
                        reminder.opened(), year, String.join(", ", reminder.overdue().stream().map(t -> t.kind() + " " + t.period()).toList())));
    }
}
