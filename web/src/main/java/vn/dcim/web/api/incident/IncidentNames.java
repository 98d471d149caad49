package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.web.i18n.PeopleNames;
import vn.dcim.web.i18n.Shown;

/** The names an incident's reader is told instead of ids: its equipment's, its people's, its site's, an agency's. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentNames {
    private final DeviceNames equipment;
    private final PeopleNames people;
    private final LocationRegistry sites;
    private final Agencies agencies;

    /** The equipment an alarm happened on, by the name people give it. */
    public String equipment(AlarmView a) {
        return equipment.of(a.source(), a.instance());
    }

    String person(String login, Shown reader) {
        return people.of(login, reader);
    }

    /** A site by its name; its id when it has none or is gone. */
    public String site(@Nullable String siteId) {
        return siteId == null ? "" : sites.site(siteId).map(s -> s.name() == null || s.name().isBlank() ? siteId : s.name()).orElse(siteId);
    }

    /** An agency by its name; its id when it is gone. */
    String agency(long agencyId) {
        return agencies.find(agencyId).map(a -> a.name()).orElse(String.valueOf(agencyId));
    }
}
