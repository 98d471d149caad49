package vn.dcim.core.incident;

/** Ticket workflow (Art. 30.8g: the handling status); closed needs a root cause. */
public enum IncidentStatus {
    open, in_progress, resolved, closed;

    public boolean active() {
        return this == open || this == in_progress;
    }
}
