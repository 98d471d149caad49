package vn.dcim.core.incident;

/**
 * Published after an incident change is committed. {@code escalated} means the incident reached a
 * level that must be reported upwards (Art. 7.4, 13.2b: management body; 13.2c: People's Committee).
 */
public record IncidentChanged(Incident incident, Change change) {

    public enum Change { opened, escalated, updated, closed }
}
