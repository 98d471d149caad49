package vn.dcim.core.change;

/**
 * What the live readings say of a "connect" step: the outlet's draw rose after the step was confirmed, it did not, the
 * outlet is monitored but sent nothing after, or nothing reads it (the step's evidence rests on the scans alone).
 */
public enum DrawVerdict {
    rose, not_risen, no_readings, not_monitored
}
