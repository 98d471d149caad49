package vn.dcim.web.ui.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.licence.LicenceKind;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.licence.SoftwareAssetView;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The software assets and their licences: the list with its expiry colours, and the form (Art. 10.1–10.3, 21.1e). */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LicenceScreens {
    /** The API group (OpenAPI tag) whose write right the form needs: access.yml decides who may. */
    private static final String SOFTWARE = "Software assets";
    private final SoftwareRegistry software;
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final AccessRules access;
    private final Clock clock;
    private final int windowDays;

    LicenceScreens(SoftwareRegistry software, AssetRegistry registry, LocationRegistry locations, AccessRules access,
                   Clock clock, RegistrySettings settings) {
        this.software = software;
        this.registry = registry;
        this.locations = locations;
        this.access = access;
        this.clock = clock;
        this.windowDays = settings.getExpiryWindowDays();
    }

    @HtmlScreen
    @View("registry/licences")
    @Get("/licences")
    public RegistryViews.Licences licences(HttpRequest<?> request) {
        LocalDate today = LocalDate.now(clock);
        List<RegistryViews.LicenceRow> rows = software.all().stream()
                .map(s -> new RegistryViews.LicenceRow(s, expiryClass(s, today))).toList();
        return new RegistryViews.Licences(Navigation.frame(request, "licences"), rows, windowDays,
                access.mayChange(request, SOFTWARE));
    }

    @HtmlScreen
    @View("registry/licence-form")
    @Get("/licences/new")
    public RegistryViews.LicenceForm newLicence(HttpRequest<?> request) {
        return licenceForm(request, null);
    }

    @HtmlScreen
    @View("registry/licence-form")
    @Get("/licences/{id}/edit")
    public RegistryViews.LicenceForm editLicence(HttpRequest<?> request, @PathVariable long id) {
        return licenceForm(request, software.view(software.get(id)));
    }

    /** Create or change a software asset and its licence through the API. */
    private RegistryViews.LicenceForm licenceForm(HttpRequest<?> request, @Nullable SoftwareAssetView licence) {
        return new RegistryViews.LicenceForm(Navigation.frame(request, "licences"), licence,
                RegistryScreens.fieldsOf(licence), locations.sites(), registry.all(),
                licence == null ? List.of() : licence.installedOn(),
                Criticality.values(), RiskLevel.values(), LicenceKind.values());
    }

    /** Expired red, within the renewal window amber (Art. 21.1e). */
    private String expiryClass(SoftwareAssetView s, LocalDate today) {
        if (s.licenceExpiry() == null) {
            return "expiry-none";
        }
        if (s.licenceExpiry().isBefore(today)) {
            return "expiry-expired";
        }
        return s.licenceExpiry().isAfter(today.plusDays(windowDays)) ? "expiry-ok" : "expiry-soon";
    }
}
