package vn.dcim.core.schedule;

public enum RunStatus {
    running, ok, warning, failed, misfired
}
