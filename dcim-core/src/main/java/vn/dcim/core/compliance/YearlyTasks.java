package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.util.List;

/** The yearly duties people carry out (Art. 27.6, 24.4, 32.2): listed with their due dates and marked done once. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class YearlyTasks {
    private final ComplianceTaskRepository tasks;
    private final Clock clock;

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
