package vn.dcim.web.ui.alarm;

import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.alarm.AlarmRule;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.incident.IncidentStatus;
import vn.dcim.core.notification.escalation.AlarmStep;
import vn.dcim.web.api.dashboard.GridBanners;
import vn.dcim.web.api.incident.IncidentDetails;
import vn.dcim.web.api.incident.IncidentSummary;
import vn.dcim.web.api.shift.HandoverLines;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;
import vn.dcim.web.ui.centre.CentreChoice;

import java.util.List;
import java.util.Map;

/** What the alarm and incident screens show: one record per screen, read by its template under the components' names. */
final class AlarmViews {
    private AlarmViews() {
    }

    /**
     * The console's rows: the alarms not closed, the symptoms under each root and who was told of each alarm. The page
     * shows them and its script re-reads them alone on every change.
     */
    @Introspected
    record Rows(List<AlarmView> alarms, Map<Long, List<AlarmView>> symptoms, Map<Long, List<AlarmStep>> notices)
            implements ScreenView.Part {
    }

    /** The grid-lost banners over the console, re-read by its script with the rows. */
    @Introspected
    record Banners(List<GridBanners.Banner> banners) implements ScreenView.Part {
    }

    @Introspected
    record Console(Navigation.Frame frame, CentreChoice.Choice centreChoice, Rows rows, Banners banners)
            implements ScreenView {
    }

    @Introspected
    record Rules(Navigation.Frame frame, List<AlarmRule> rules, Severity[] severities) implements ScreenView {
    }

    /** The incident tickets, filtered by status; an agency's account opens an incident through the API, not the form. */
    @Introspected
    record Incidents(Navigation.Frame frame, List<IncidentSummary> incidents, boolean byAgency, String status,
                     IncidentStatus[] statuses) implements ScreenView {
    }

    @Introspected
    record Incident(Navigation.Frame frame, IncidentDetails.Detail d, boolean byAgency) implements ScreenView {
    }

    /** The printable report: self-contained, no frame; equipment, people and the site told by their names. */
    @Introspected
    record Report(IncidentDetails.Detail d, IncidentDetails details, HandoverLines.Reader names) implements ScreenView.Part {
    }
}
