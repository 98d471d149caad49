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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceTask;
import vn.dcim.core.compliance.YearlyTasks;
import vn.dcim.web.security.SignedIn;

import java.util.List;

@Tag(name = "Compliance")
@Controller("/api/compliance-tasks")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceTaskController {
    private final YearlyTasks tasks;

    @Serdeable
    public record DoneCommand(@Nullable String note) {
    }

    @Operation(summary = "Yearly duties carried out by people (Art. 27.6, 24.4, 32.2) with due dates")
    @Get
    public List<ComplianceTask> list() {
        return tasks.all();
    }

    @Operation(summary = "Mark a yearly duty as done")
    @Post("/{id}/done")
    public ComplianceTask done(@PathVariable long id, @Body DoneCommand command, HttpRequest<?> request) {
        return tasks.done(id, SignedIn.name(request), command.note());
    }
}
