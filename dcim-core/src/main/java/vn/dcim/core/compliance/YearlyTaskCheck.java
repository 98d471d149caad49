package vn.dcim.core.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import static vn.dcim.core.compliance.Said.said;

/**
 * A yearly task of one kind done within the year, with none overdue. With no task at all, nothing to judge.
 * One judgement, one requirement per kind of task ({@link YearlyTaskChecks}). A task is overdue once the
 * centre's day is past its due date.
 */
final class YearlyTaskCheck extends KeyedCheck {
    private final ComplianceTaskRepository tasks;
    private final YearlyTask kind;
    /** The centre's zone, asked at each judgement rather than when the check is built (a spec's own clock is made by the spec holding the checks). */
    private final Supplier<ZoneId> centreZone;

    YearlyTaskCheck(String key, ComplianceTaskRepository tasks, YearlyTask kind, Supplier<ZoneId> centreZone) {
        super(key);
        this.tasks = tasks;
        this.kind = kind;
        this.centreZone = centreZone;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("yearly-task-days");
        List<ComplianceTask> of = tasks.findAllOrderByDueDateDesc().stream().filter(t -> t.kind().equals(kind.name())).toList();
        Evidence link = Evidence.link("compliance.ev.yearly-tasks", "yearly tasks", "/ui/compliance#tasks");
        if (of.isEmpty()) {
            return Judgement.noData(said("compliance.s.yearly.none", "no {0} task recorded", "enum.yearly-task." + kind.name()), link);
        }
        LocalDate today = LocalDate.ofInstant(now, centreZone.get());
        var lastDone = of.stream().filter(ComplianceTask::done).map(ComplianceTask::doneAt).max(Instant::compareTo);
        boolean overdue = of.stream().anyMatch(t -> t.overdueOn(today));
        boolean recent = lastDone.isPresent() && Duration.between(lastDone.get(), now).toDays() <= days;
        if (!recent && !overdue) {
            return Judgement.noData(said("compliance.s.yearly.planned", "{0} planned, not yet due", "enum.yearly-task." + kind.name()), link);
        }
        return Judgement.of(recent && !overdue, lastDone.map(d -> overdue ? said("compliance.s.yearly.done-overdue", "last done {0}; a task is overdue", d)
                : said("compliance.s.yearly.done", "last done {0}", d)).orElse(said("compliance.s.yearly.never", "never done; a task is overdue")), link);
    }
}
