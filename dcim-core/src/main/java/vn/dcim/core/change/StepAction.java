package vn.dcim.core.change;

/** What one checklist step asks the crew to do. */
public enum StepAction {
    unmount, mount, connect, disconnect, hand_over
}
