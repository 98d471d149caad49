package vn.dcim.web.ui.centre;

import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.ProfileSwitch;
import vn.dcim.core.compliance.StateChange;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;
import java.util.Map;

/** What the centres' screens show: one record per screen, read by its template under the components' names. */
final class CentreViews {
    private CentreViews() {
    }

    /** A centre in the register: the regulation it follows and the names of the sites it runs that the reader may see. */
    @Introspected
    record Listed(Centre centre, PolicyProfile profile, List<String> sites) {
    }

    /** The register of centres; {@code installation} is the regulation the whole province follows. */
    @Introspected
    record Register(Navigation.Frame frame, List<Listed> centres, List<PolicyProfile> profiles, PolicyProfile installation,
                    String refused, boolean canChange) implements ScreenView {
    }

    /** A site as a centre's page names it. */
    @Introspected
    record SiteName(String id, String name) {
    }

    /** A site another centre runs (blank: none), which assigning moves to this one. */
    @Introspected
    record OtherSite(String id, String name, String centre) {
    }

    /** One centre: its sites, the regulation it follows and its switches (newest first), the latest changes of state. */
    @Introspected
    record CentrePage(Navigation.Frame frame, Centre centre, List<SiteName> sites, List<OtherSite> otherSites,
                      PolicyProfile profile, List<PolicyProfile> profiles, List<ProfileSwitch> switches,
                      List<StateChange> changes, int changesShown, Map<String, String> profileNames, String refused,
                      boolean canChange) implements ScreenView {
    }
}
