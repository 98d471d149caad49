package vn.dcim.web.ui.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Site;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's register of the province's centres: a centre runs the sites given to it and follows a
 * regulation it can switch (the province adopts its own) while every requirement keeps its history, each change
 * naming the regulation that judged it. Others read it; an account limited to some sites sees the centres with those
 * of its sites each runs, an agency's account not the register. Its forms are {@link CentreForms}'.
 */
@Hidden
@Controller("/ui/centres")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreScreens {
    private static final String CENTRES = "Centres";
    /** The fields a refused form of {@link CentreForms} names. */
    private static final Set<String> FIELDS = Set.of("code", "name", "province", "profileId", "siteId", "reason");
    /** How many of a centre's latest changes of state its page shows; the rest are on each requirement's page. */
    private static final int CHANGES_SHOWN = 100;

    private final Centres centres;
    private final CentreProfiles centreProfiles;
    private final PolicyProfiles profiles;
    private final LocationRegistry locations;
    private final AccessRules rules;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("centres/list")
    @Get("{?refused}")
    public CentreViews.Register list(HttpRequest<?> request, Scope scope, @Nullable @QueryValue String refused) {
        Map<String, String> siteNames = siteNames();
        return new CentreViews.Register(Navigation.frame(request, "centres"),
                centres.all().stream().map(c -> new CentreViews.Listed(c, centreProfiles.profileOf(c.id()),
                        centres.sitesOf(c.id()).stream().filter(s -> scoped.site(scope, s)).map(s -> siteNames.getOrDefault(s, s)).toList()))
                        .toList(),
                profiles.all(), profiles.selected(), ScreenForms.refused(refused, FIELDS), rules.mayChange(request, CENTRES));
    }

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("centres/centre")
    @Get("/{id}{?refused}")
    public CentreViews.CentrePage centre(HttpRequest<?> request, Scope scope, @PathVariable long id,
                                         @Nullable @QueryValue String refused) {
        Centre c = centres.get(id);
        Map<String, String> siteNames = siteNames();
        List<String> own = centres.sitesOf(id);
        List<vn.dcim.core.compliance.ProfileSwitch> switches = new java.util.ArrayList<>(centreProfiles.switches(id));
        java.util.Collections.reverse(switches);
        return new CentreViews.CentrePage(Navigation.frame(request, "centres"), c,
                // an account limited to some sites sees those of them the centre runs, no other
                own.stream().filter(s -> scoped.site(scope, s)).map(s -> new CentreViews.SiteName(s, siteNames.getOrDefault(s, s))).toList(),
                // the other sites, each with the centre that runs it now: assigning moves it from there
                locations.sites().stream().filter(s -> !own.contains(s.id()) && scoped.site(scope, s.id()))
                        .map(s -> new CentreViews.OtherSite(s.id(), s.name(), centres.centreOf(s.id()).map(Centre::name).orElse(""))).toList(),
                centreProfiles.profileOf(id), profiles.all(), switches, centreProfiles.latestChanges(id, CHANGES_SHOWN), CHANGES_SHOWN,
                profiles.all().stream().collect(Collectors.toMap(PolicyProfile::id, PolicyProfile::name)),
                ScreenForms.refused(refused, FIELDS), rules.mayChange(request, CENTRES));
    }

    private Map<String, String> siteNames() {
        return locations.sites().stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a, LinkedHashMap::new));
    }
}
