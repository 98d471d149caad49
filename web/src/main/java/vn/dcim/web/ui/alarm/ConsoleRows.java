package vn.dcim.web.ui.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.notification.escalation.AlarmSteps;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.alarm.AlarmWords;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.ui.centre.CentreChoice;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the alarm console's rows for one reader: the alarms not closed, told in the reader's language, the symptoms
 * under each root and who was told of each alarm. The console's page and its script's re-reading show the same rows.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsoleRows {
    private final Alarms alarms;
    private final AlarmWords words;
    private final Texts texts;
    private final AlarmSteps steps;
    private final ScopedEquipment scoped;
    private final CentreChoice centres;

    AlarmViews.Rows of(HttpRequest<?> request, @Nullable Long centre, Scope scope) {
        Locale locale = texts.locale(request);
        List<AlarmView> shown = active(locale, centre, scope);
        List<Long> ids = shown.stream().map(AlarmView::id).toList();
        // who was told of each alarm, escalations and acknowledgements from a message, under the alarm
        return new AlarmViews.Rows(shown, symptoms(ids, locale, scope), steps.ofAlarms(ids));
    }

    /** The symptoms recorded under each root on the console ("UPS-2 on battery — 12 symptoms"), told in the reader's language. */
    private Map<Long, List<AlarmView>> symptoms(List<Long> shown, Locale locale, Scope scope) {
        Set<String> devices = scoped.deviceIdsOf(scope);
        Map<Long, Long> counts = alarms.symptomCounts(shown);
        Map<Long, List<AlarmView>> out = new HashMap<>();
        counts.keySet().forEach(root -> out.put(root, alarms.symptomsOf(root).stream().filter(a -> a.closedAt() == null)
                .filter(a -> scope.admitsSite(a.siteId()) && (devices == null || devices.contains(a.source())))
                .map(a -> words.told(a, locale)).toList()));
        return out;
    }

    /**
     * The alarms not closed (ISA-18.2: active, and returned to normal until acknowledged), those raised with
     * a keyed sentence told in the reader's language. The dashboard counts the same set. With a centre chosen,
     * that centre's sites' alarms only; for an account limited to sites or an agency, those of its scope.
     */
    private List<AlarmView> active(Locale locale, @Nullable Long centre, Scope scope) {
        AlarmFilter console = AlarmFilter.state(AlarmFilter.CONSOLE);
        AlarmFilter filter = centres.sites(centre).map(console::within).orElse(console);
        if (scope.limited()) {
            filter = filter.within(scope.siteIds(), scoped.deviceIdsOf(scope));
        }
        return alarms.list(filter, 500, 0).stream().map(a -> words.told(a, locale)).toList();
    }
}
