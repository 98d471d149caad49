package vn.dcim.web.ui.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.ScreenForms;

import java.util.Map;

/**
 * The centre register's forms: a centre is added and renamed, given sites and released from them, and switched to
 * another regulation. A refused form comes back to its screen naming the field.
 */
@Hidden
@Controller("/ui/centres")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreForms {
    private final Centres centres;
    private final CentreProfiles centreProfiles;

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        return ScreenForms.submitted(() -> {
            String profile = blank(form.get("profileId"));
            // the regulation is checked before the centre exists, so a misspelt one adds nothing
            PolicyProfile p = profile == null ? null : centreProfiles.known(profile);
            Centre c;
            try {
                c = centres.add(form.get("code"), form.get("name"), form.get("province"), SignedIn.name(request));
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("code", e.getMessage()).explained("centres.refused.code");
            }
            if (p != null) {
                centreProfiles.adopt(c.id(), p.id(), blank(form.get("reason")), SignedIn.name(request));
            }
            return "/ui/centres/" + c.id();
        }, "/ui/centres", "#centre-new");
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rename(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        centres.get(id);
        return ScreenForms.submitted(() -> {
            centres.update(id, form.get("name"), form.get("province"), SignedIn.name(request));
            return "/ui/centres/" + id;
        }, "/ui/centres/" + id, "#centre-rename");
    }

    @Post(value = "/{id}/sites", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return siteForm(id, () -> centres.assignSite(id, form.get("siteId"), SignedIn.name(request)));
    }

    @Post(value = "/{id}/sites/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> release(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return siteForm(id, () -> centres.releaseSite(id, form.get("siteId"), SignedIn.name(request)));
    }

    /** A change of the centre's sites; a site that is not (or not the centre's) comes back as the form's refused field. */
    private HttpResponse<?> siteForm(long id, Runnable change) {
        centres.get(id);
        return ScreenForms.submitted(() -> {
            try {
                change.run();
            } catch (NotFoundException e) {
                throw (InvalidInputException) new InvalidInputException("siteId", e.getMessage()).explained("centres.refused.siteId");
            }
            return "/ui/centres/" + id + "#centre-sites";
        }, "/ui/centres/" + id, "#centre-sites");
    }

    /** The centre follows another regulation from now on; it is judged by it at once, its history kept. */
    @Post(value = "/{id}/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> switchProfile(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        centres.get(id);
        return ScreenForms.submitted(() -> {
            try {
                centreProfiles.adopt(id, form.get("profileId"), blank(form.get("reason")), SignedIn.name(request));
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("profileId", e.getMessage()).explained("centres.refused.same-profile");
            }
            centreProfiles.evaluate(id, "vi");
            return "/ui/centres/" + id + "#centre-profile";
        }, "/ui/centres/" + id, "#centre-profile");
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
