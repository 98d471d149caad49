package vn.dcim.web.ui.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.change.Bypasses;
import vn.dcim.core.change.ChangeWork;
import vn.dcim.core.change.Changes;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

import java.util.Map;

/** A change's steps from its page (submit, approve, refuse, cancel, sign off) and a bypass flag marked seen. */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeStepForms {
    private final Changes changes;
    private final ChangeWork work;
    private final Bypasses bypasses;
    private final Workers workers;
    private final ChangeAnswers answers;

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ScopeAware(id = ScopeAware.Id.change)
    public HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> form,
                               HttpRequest<?> request, Scope scope) {
        String back = "/ui/changes/" + id;
        if (scope.byAgency() && !action.equals("submit") && !action.equals("cancel")) {
            throw new NotFoundException("change step", action); // an agency asks; the centre decides
        }
        return answers.after(request, back, () -> {
            switch (action) {
                case "submit" -> changes.submit(id, SignedIn.name(request));
                case "approve" -> changes.approve(id, form.get("note"), form.get("departmentRef"), form.get("crew"), workers.of(request));
                case "refuse" -> changes.refuse(id, form.get("note"), workers.of(request));
                case "cancel" -> changes.cancel(id, form.get("note"), workers.of(request));
                case "sign-off" -> work.signOff(id, workers.of(request));
                default -> throw new InvalidInputException("action", "no such action").explained("error.change.action");
            }
            return back;
        });
    }

    @Post(value = "/flags/{flag}/seen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> seen(@PathVariable long flag, @Body Map<String, String> form, HttpRequest<?> request) {
        return answers.after(request, "/ui/changes", () -> {
            bypasses.seen(flag, workers.of(request));
            return "/ui/changes";
        });
    }
}
