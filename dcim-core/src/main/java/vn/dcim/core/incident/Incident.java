package vn.dcim.core.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An incident ticket; {@code escalatedLevel} is the highest level already reported upwards. */
@MappedEntity("incident")
public record Incident(@Id @GeneratedValue @Nullable Long id, @Nullable String siteId, String title, @Nullable String chainId,
                       IncidentLevel level, @Nullable SecurityLevel securityLevel, IncidentStatus status,
                       @Nullable String assignee, @Nullable String rootCause, @Nullable String resolution,
                       boolean backupDone, @Nullable String backupDoneBy, @Nullable Instant backupDoneAt,
                       Instant openedAt, Instant lastAlarmAt, @Nullable IncidentLevel escalatedLevel,
                       @Nullable Instant closedAt, @Nullable String closedBy) {

    Incident withLevel(IncidentLevel newLevel) {
        return new Incident(id, siteId, title, chainId, newLevel, securityLevel == null || securityLevel.compareTo(newLevel.suggestedSecurityLevel()) < 0
                ? newLevel.suggestedSecurityLevel() : securityLevel, status, assignee, rootCause, resolution, backupDone,
                backupDoneBy, backupDoneAt, openedAt, lastAlarmAt, escalatedLevel, closedAt, closedBy);
    }

    Incident withLastAlarmAt(Instant at) {
        return new Incident(id, siteId, title, chainId, level, securityLevel, status, assignee, rootCause, resolution, backupDone,
                backupDoneBy, backupDoneAt, openedAt, at, escalatedLevel, closedAt, closedBy);
    }

    Incident escalatedTo(IncidentLevel reported) {
        return new Incident(id, siteId, title, chainId, level, securityLevel, status, assignee, rootCause, resolution, backupDone,
                backupDoneBy, backupDoneAt, openedAt, lastAlarmAt, reported, closedAt, closedBy);
    }

    Incident edited(@Nullable String newAssignee, @Nullable IncidentStatus newStatus, @Nullable String newRootCause,
                    @Nullable String newResolution, @Nullable SecurityLevel newSecurityLevel) {
        return new Incident(id, siteId, title, chainId, level, newSecurityLevel != null ? newSecurityLevel : securityLevel,
                newStatus != null ? newStatus : status, newAssignee != null ? newAssignee : assignee,
                newRootCause != null ? newRootCause : rootCause, newResolution != null ? newResolution : resolution,
                backupDone, backupDoneBy, backupDoneAt, openedAt, lastAlarmAt, escalatedLevel, closedAt, closedBy);
    }

    Incident backedUp(String by, Instant at) {
        return new Incident(id, siteId, title, chainId, level, securityLevel, status, assignee, rootCause, resolution, true,
                by, at, openedAt, lastAlarmAt, escalatedLevel, closedAt, closedBy);
    }

    Incident closed(String by, Instant at) {
        return new Incident(id, siteId, title, chainId, level, securityLevel, IncidentStatus.closed, assignee, rootCause, resolution,
                backupDone, backupDoneBy, backupDoneAt, openedAt, lastAlarmAt, escalatedLevel, at, by);
    }

    Incident reclassified(IncidentLevel newLevel) {
        return new Incident(id, siteId, title, chainId, newLevel, securityLevel, status, assignee, rootCause, resolution, backupDone,
                backupDoneBy, backupDoneAt, openedAt, lastAlarmAt, escalatedLevel, closedAt, closedBy);
    }
}
