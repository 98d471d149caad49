package vn.dcim.web.ui.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.agency.HeldEquipment;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The register of hosted agencies for the asset manager (who owns what): an agency's page, what it is assigned and
 * released, its retirement. An agency's own page for its people is {@link OwnAgencyScreen}.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyScreens {
    private static final String AGENCIES = "Agencies";
    private static final Set<String> FIELDS = Set.of("code", "name", "contactEmail", "kind", "itemId", "agencyId", "retiredAt");

    private final Agencies agencies;
    private final AgencyEquipment equipment;
    private final HeldEquipment held;
    private final AccessRules rules;

    @HtmlScreen
    @View("agencies/list")
    @Get("/agencies{?retired,refused}")
    public AgencyViews.Register list(HttpRequest<?> request, @Nullable @QueryValue Boolean retired, @Nullable @QueryValue String refused) {
        boolean withRetired = Boolean.TRUE.equals(retired);
        return new AgencyViews.Register(Navigation.frame(request, "agencies"), agencies.list(withRetired, 500, 0), withRetired,
                ScreenForms.refused(refused, FIELDS), rules.mayChange(request, AGENCIES));
    }

    @Post(value = "/agencies/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        return ScreenForms.submitted(() -> {
            try {
                Agency a = agencies.add(form.get("code"), form.get("name"), blank(form.get("contactName")),
                        blank(form.get("contactPhone")), blank(form.get("contactEmail")), blank(form.get("notes")), SignedIn.name(request));
                return "/ui/agencies/" + a.id();
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("code", e.getMessage()).explained("agency.refused.code");
            }
        }, "/ui/agencies", "#agency-new");
    }

    @HtmlScreen
    @View("agencies/agency")
    @Get("/agencies/{id}{?refused}")
    public AgencyViews.AgencyPage agency(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String refused) {
        return new AgencyViews.AgencyPage(Navigation.frame(request, "agencies"), agencies.get(id), held.of(id),
                EquipmentKind.values(), ScreenForms.refused(refused, FIELDS), rules.mayChange(request, AGENCIES));
    }

    @Post(value = "/agencies/{id}/equipment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        String page = "/ui/agencies/" + id;
        return ScreenForms.submitted(() -> {
            EquipmentKind kind;
            try {
                kind = EquipmentKind.valueOf(form.getOrDefault("kind", ""));
            } catch (IllegalArgumentException e) {
                throw (InvalidInputException) new InvalidInputException("kind", "unknown kind").explained("agency.refused.kind");
            }
            String itemId = form.getOrDefault("itemId", "").strip();
            try {
                equipment.assign(id, kind, itemId, SignedIn.name(request));
            } catch (NotFoundException e) {
                throw (InvalidInputException) new InvalidInputException("itemId", e.getMessage()).explained("agency.refused.itemId");
            } catch (ConflictException e) {
                throw (InvalidInputException) new InvalidInputException("retiredAt", e.getMessage()).explained("agency.refused.retiredAt");
            }
            return page + "#equipment";
        }, page, "#assign");
    }

    @Post(value = "/agencies/{id}/equipment/{kind}/{itemId}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> release(@PathVariable long id, @PathVariable EquipmentKind kind, @PathVariable String itemId,
                                   HttpRequest<?> request) {
        if (java.util.Objects.equals(equipment.owner(kind, itemId), id)) {
            equipment.release(kind, itemId, SignedIn.name(request));
        }
        return HttpResponse.seeOther(URI.create("/ui/agencies/" + id + "#equipment"));
    }

    @Post(value = "/agencies/{id}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> retire(@PathVariable long id, HttpRequest<?> request) {
        try {
            agencies.retire(id, SignedIn.name(request));
            return HttpResponse.seeOther(URI.create("/ui/agencies/" + id));
        } catch (ConflictException e) {
            return HttpResponse.seeOther(URI.create("/ui/agencies/" + id + "?refused=retiredAt"));
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
