package vn.dcim.web.ui.capacity;

import vn.dcim.core.site.Site;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
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
import vn.dcim.core.capacity.PowerRatings;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rated capacity of a site's grid feeds, UPSs and PDUs: the asset manager keeps it, the planners read it. */
@Hidden
@Controller("/ui/power-ratings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerRatingsScreen {
    private static final Set<String> FIELDS = Set.of("ratedKw", "nodeId");

    private final PowerRatings ratings;
    private final LocationRegistry locations;
    private final AccessRules rules;

    /** A site's power elements with their ratings (the first site when none is chosen), and the form for those who may change them. */
    @Introspected
    record Page(Navigation.Frame frame, List<Site> sites, @Nullable String site, List<PowerRatings.Rated> ratings, String refused,
                boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("capacity/ratings")
    @Get("{?site,refused}")
    public Page list(HttpRequest<?> request, @Nullable @QueryValue String site, @Nullable @QueryValue String refused) {
        List<Site> sites = locations.sites();
        String chosen = site != null && !site.isBlank() ? site : sites.isEmpty() ? null : sites.get(0).id();
        return new Page(Navigation.frame(request, "capacity"), sites, chosen,
                chosen == null ? List.of() : ratings.ofSite(chosen), ScreenForms.refused(refused, FIELDS),
                rules.mayChange(request, "Power ratings"));
    }

    /** The asset manager's form: the element's rated kW; empty clears it. */
    @Post(value = "/{nodeId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rate(@PathVariable long nodeId, @Body Map<String, String> form, HttpRequest<?> request) {
        String site = java.net.URLEncoder.encode(ratings.of(nodeId).siteId(), java.nio.charset.StandardCharsets.UTF_8);
        return ScreenForms.submitted(() -> {
            ratings.set(nodeId, kw(form.get("ratedKw")), SignedIn.name(request));
            return "/ui/power-ratings?site=" + site + "#node-" + nodeId;
        }, "/ui/power-ratings", "&site=" + site + "#node-" + nodeId);
    }

    @Nullable
    private static BigDecimal kw(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ratedKw", "a number of kW").explained("error.capacity.rating-range", value);
        }
    }
}
