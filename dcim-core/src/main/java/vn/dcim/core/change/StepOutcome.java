package vn.dcim.core.change;

/** How a step went on the floor: as planned, or different (the difference is recorded, never applied). */
public enum StepOutcome {
    as_planned, differs
}
