package vn.dcim.core.access;

/** What the controller decided at the door. */
public enum AccessResult {
    granted, denied
}
