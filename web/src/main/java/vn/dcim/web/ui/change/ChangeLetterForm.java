package vn.dcim.web.ui.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.change.Changes;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.document.Uploads;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

/** The letter of a change, sent by the page's script as multipart (the CSRF header rides on it), stored and attached to the draft. */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeLetterForm {
    private final Changes changes;
    private final Uploads uploads;
    private final ChangeAnswers answers;

    @Post(value = "/{id}/letter", consumes = MediaType.MULTIPART_FORM_DATA)
    @ScopeAware(id = ScopeAware.Id.change)
    public HttpResponse<?> letter(@PathVariable long id, CompletedFileUpload file, HttpRequest<?> request, Scope scope) {
        return answers.after(request, "/ui/changes/" + id, () -> {
            long doc = uploads.store(file, SignedIn.name(request), scope,
                    max -> new InvalidInputException("file", "too large").explained("error.change.letter-large", max)).id();
            changes.attachLetter(id, doc, SignedIn.name(request));
            return "/ui/changes/" + id;
        });
    }
}
