package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.RuleTexts;
import vn.dcim.core.device.DeviceNames;

import java.util.function.BiPredicate;

/**
 * An incident's title as a reader is told it. An incident the correlator opened on one alarm is titled by the
 * alarm's rule, whose shipped description (in English, as the alarm stores it) is kept as the title: it is told
 * here in the reader's language from the rules' descriptions, with the equipment it happened on, so a report
 * reads "Điều 30.5: không kết nối được thiết bị — UPS phòng máy A" and never the stored English. A title a person
 * typed or a chain's title is the center's own wording and is kept as written. (Reads the links itself: the
 * alarm service notifies through the planner, which words titles.)
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentTitles {
    private final IncidentRepository incidents;
    private final RuleTexts rules;
    private final DeviceNames equipment;

    /** {@code lang} "vi" or "en". */
    public String told(Incident incident, String lang) {
        return told(incident.id(), incident.title(), lang);
    }

    public String told(long incidentId, String title, String lang) {
        return told(incidentId, title, lang, (source, site) -> true);
    }

    /**
     * The title as told to a reader who sees only some of the incident's alarms, {@code seen} by their device and site
     * (an agency or an account of one site shown its part of an incident): the rule's words stay, the equipment of an
     * alarm it does not see is not named.
     */
    public String told(Incident incident, String lang, BiPredicate<String, String> seen) {
        return told(incident.id(), incident.title(), lang, seen);
    }

    private String told(long incidentId, String title, String lang, BiPredicate<String, String> seen) {
        for (LinkedAlarm a : incidents.linkedAlarms(incidentId)) {
            if (shipped(a.ruleId(), title)) {
                return seen.test(a.source(), a.siteId()) ? rules.shown(a.ruleId(), title, lang) + " — " + equipment.of(a.source(), a.instance())
                        : rules.shown(a.ruleId(), title, lang);
            }
        }
        return title;
    }

    private boolean shipped(String ruleId, String title) {
        return title != null && (title.equals(rules.of(ruleId, "en")) || title.equals(rules.of(ruleId, "vi")));
    }
}
