package vn.dcim.web.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.dcim.core.compliance.ComplianceTask;
import vn.dcim.core.compliance.ComplianceTaskRepository;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.util.List;

@Tag(name = "Compliance")
@Controller("/api/compliance-tasks")
public class ComplianceTaskController {
    private final ComplianceTaskRepository tasks;
    private final Clock clock;

    ComplianceTaskController(ComplianceTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Serdeable
    public record DoneCommand(@Nullable String note) {
    }

    @Operation(summary = "Yearly duties carried out by people (Art. 27.6, 24.4, 32.2) with due dates")
    @Get
    public List<ComplianceTask> list() {
        return tasks.findAllOrderByDueDateDesc();
    }

    @Operation(summary = "Mark a yearly duty as done")
    @Post("/{id}/done")
    public ComplianceTask done(@PathVariable long id, @Body DoneCommand command, HttpRequest<?> request) {
        ComplianceTask t = tasks.findById(id).orElseThrow(() -> new NotFoundException("Compliance task", id));
        if (t.done()) {
            throw new ConflictException("doneAt", "Already done at " + t.doneAt()).explained("error.compliance.task-done", t.doneAt());
        }
        return tasks.update(new ComplianceTask(t.id(), t.kind(), t.period(), t.title(), t.article(), t.dueDate(),
                clock.instant(), SignedIn.name(request), command.note()));
    }
}
