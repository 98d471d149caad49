package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentTitles;
import vn.dcim.core.incident.IncidentsWithin;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What of an incident an account of a scope sees: the whole of one that touched only what is inside its scope, else
 * its part; titles told without naming equipment outside the scope.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentParts {
    private final IncidentsWithin within;
    private final ScopedEquipment scoped;
    private final IncidentTitles titles;

    /** A limited reader of an incident it sees only part of: its scope and the equipment it sees (null for any). */
    record Sight(Scope scope, @Nullable Set<String> devices) {
        /** An alarm of {@code source} at {@code site} is inside the scope. */
        boolean sees(String source, @Nullable String site) {
            return scope.admitsSite(site) && (devices == null || devices.contains(source));
        }

        boolean sees(AlarmView a) {
            return sees(a.source(), a.siteId());
        }
    }

    /** Empty when the reader of this scope sees the whole incident. */
    Optional<Sight> partial(Incident i, Scope scope) {
        if (!scope.limited()) {
            return Optional.empty();
        }
        Set<String> devices = scoped.deviceIdsOf(scope);
        return within.admits(i.id(), scope.siteIds(), devices) ? Optional.empty() : Optional.of(new Sight(scope, devices));
    }

    String title(Incident i, String lang) {
        return titles.told(i, lang);
    }

    String title(Incident i, String lang, Sight sight) {
        return titles.told(i, lang, sight::sees);
    }

    /** An incident's title as an account of this scope is told it: not naming equipment outside the scope. */
    String title(Incident i, String lang, Scope scope) {
        return scope.limited() ? title(i, lang, new Sight(scope, scoped.deviceIdsOf(scope))) : title(i, lang);
    }

    /**
     * A page of incidents as an account of this scope is shown them in a list: of one it sees only part of, neither
     * the assignee nor another site; titles told in {@code lang} (null: as stored, as the API lists them).
     */
    List<IncidentSummary> listed(List<Incident> page, Scope scope, @Nullable String lang) {
        Set<Long> whole = scope.limited()
                ? within.wholeOf(page.stream().map(Incident::id).toList(), scope.siteIds(), scoped.deviceIdsOf(scope)) : Set.of();
        return page.stream().map(i -> {
            IncidentSummary s = IncidentSummary.of(i);
            if (lang != null) {
                s = s.withTitle(title(i, lang, scope));
            }
            return !scope.limited() || whole.contains(i.id()) ? s : partOf(s, scope);
        }).toList();
    }

    /** The part's ticket: no assignee (the centre's person), and its site only when it is one of the reader's. */
    static IncidentSummary partOf(IncidentSummary s, Scope scope) {
        return new IncidentSummary(s.id(), s.siteId() != null && scope.bySite() && scope.admitsSite(s.siteId()) ? s.siteId() : null,
                s.title(), s.chain(), s.level(), s.securityLevel(), s.status(), null, s.backupDone(), s.openedAt(), s.lastAlarmAt(),
                s.escalatedLevel(), s.closedAt());
    }
}
