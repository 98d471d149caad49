package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.incident.Incident;

import java.time.Instant;

/** An incident in a list. */
@Serdeable
public record IncidentSummary(long id, @Nullable String siteId, String title, @Nullable String chain, String level,
                              @Nullable String securityLevel, String status, @Nullable String assignee, boolean backupDone,
                              Instant openedAt, Instant lastAlarmAt, @Nullable String escalatedLevel, @Nullable Instant closedAt) {

    public static IncidentSummary of(Incident i) {
        return new IncidentSummary(i.id(), i.siteId(), i.title(), i.chainId(), i.level().name(),
                i.securityLevel() == null ? null : i.securityLevel().name(), i.status().name(), i.assignee(), i.backupDone(),
                i.openedAt(), i.lastAlarmAt(), i.escalatedLevel() == null ? null : i.escalatedLevel().name(), i.closedAt());
    }

    /** The same incident with its title as a reader is told it (IncidentTitles). */
    public IncidentSummary withTitle(String told) {
        return new IncidentSummary(id, siteId, told, chain, level, securityLevel, status, assignee, backupDone, openedAt, lastAlarmAt,
                escalatedLevel, closedAt);
    }
}
