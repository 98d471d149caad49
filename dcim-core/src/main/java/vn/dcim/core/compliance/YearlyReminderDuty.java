package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens, for every year, a task per yearly duty of the regulation (Art. 27.6, 24.4, 32.2) due at the
 * end of the year, and raises an alarm for a task still open after its due date.
 */
@Singleton
public class YearlyReminderDuty implements Duty {
    private final ComplianceTaskRepository tasks;
    private final AlarmUpdates alarms;
    private final ZoneId zone;

    YearlyReminderDuty(ComplianceTaskRepository tasks, AlarmUpdates alarms, Clock clock) {
        this.tasks = tasks;
        this.alarms = alarms;
        this.zone = clock.getZone();
    }

    @Override
    public String id() {
        return "yearly-reminders";
    }

    @Override
    public String description() {
        return "Art. 27.6, 24.4, 32.2: yearly vulnerability assessment, malware scan and security training as tasks with due dates";
    }

    @Override
    public String defaultCron() {
        return "0 0 8 * * ?";
    }

    @Override
    public DutyOutcome run(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
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
            alarms.tell("compliance", "task." + task.kind(), Integer.toString(task.period()), Severity.minor, task.article(), late
                    ? Phrase.of("alarm.text.task.overdue", "{0} {1} is overdue since {2}", "enum.yearly-task." + task.kind(), task.period(),
                    task.dueDate()) : null);
        }
        String message = created + " task(s) opened for " + today.getYear();
        return overdue.isEmpty() ? DutyOutcome.ok(message) : DutyOutcome.warning(message + "; overdue: " + String.join(", ", overdue));
    }
}
