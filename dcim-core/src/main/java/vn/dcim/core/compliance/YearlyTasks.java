package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The yearly duties people carry out (Art. 27.6, 24.4, 32.2): listed with their due dates and marked done once. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class YearlyTasks {
    private final ComplianceTaskRepository tasks;
    private final Clock clock;

    /** What a day's reminder did: the centre's year, how many tasks it opened for it, and the tasks overdue on the day. */
    public record Reminder(int year, int opened, List<ComplianceTask> overdue) {
    }

    /**
     * Opens, for the centre's year at {@code now}, the task of each yearly duty not opened yet, due on the year's
     * last day, and names the tasks overdue on the centre's day (latest due first).
     */
    @Transactional
    public Reminder remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int year = today.getYear();
        int opened = 0;
        for (YearlyTask t : YearlyTask.values()) {
            if (!tasks.existsByKindAndPeriod(t.name(), year)) {
                tasks.save(new ComplianceTask(null, t.name(), year, t.title(), t.article(), LocalDate.of(year, 12, 31),
                        null, null, null));
                opened++;
            }
        }
        return new Reminder(year, opened, all().stream().filter(t -> t.overdueOn(today)).toList());
    }

    /** Every task, latest due date first. */
    public List<ComplianceTask> all() {
        return tasks.findAllOrderByDueDateDesc();
    }

    /** Marks a task done now by {@code who}; a task is done once (409 the second time). */
    @Transactional
    public ComplianceTask done(long id, String who, @Nullable String note) {
        ComplianceTask t = tasks.findById(id).orElseThrow(() -> new NotFoundException("Compliance task", id));
        if (t.done()) {
            throw new ConflictException("doneAt", "Already done at " + t.doneAt()).explained("error.compliance.task-done", t.doneAt());
        }
        return tasks.update(new ComplianceTask(t.id(), t.kind(), t.period(), t.title(), t.article(), t.dueDate(),
                clock.instant(), who, note));
    }
}
